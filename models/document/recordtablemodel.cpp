#include "recordtablemodel.h"

#include "core/changefield.h"
#include "core/entitylistbase.h"
#include "core/fieldtext.h"
#include "document.h"
#include "entitynames.h"

#include <QDate>
#include <QUndoStack>

namespace Takt {

RecordTableModel::RecordTableModel(Document *document,
                                   EntityListBase *list,
                                   const char *context,
                                   QList<FieldDef> columns,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_list(list)
    , m_context(context)
    , m_columns(std::move(columns))
{
    connect(list, &EntityListBase::aboutToBeInserted, this,
            [this](EntityId, int index) { beginInsertRows({}, index, index); });
    connect(list, &EntityListBase::inserted, this, [this] { endInsertRows(); });
    connect(list, &EntityListBase::aboutToBeRemoved, this, [this](EntityId id) {
        const int row = rowOf(id);
        beginRemoveRows({}, row, row);
    });
    connect(list, &EntityListBase::removed, this, [this](EntityId id) {
        m_keys.remove(id);
        endRemoveRows();
    });
    connect(list, &EntityListBase::changed, this, [this](EntityId id) {
        m_keys.remove(id);
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    });
}

EntityId RecordTableModel::idAt(int row) const
{
    return row >= 0 && row < m_list->count() ? m_list->idAt(row) : 0;
}

int RecordTableModel::rowOf(EntityId id) const
{
    return m_list->indexOf(id);
}

int RecordTableModel::columnOf(int field) const
{
    for (int c = 0; c < m_columns.size(); ++c)
        if (m_columns.at(c).id == field)
            return c;
    return -1;
}

void RecordTableModel::refreshAll()
{
    m_keys.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_list->count();
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordTableModel::value(EntityId id, int column) const
{
    return m_list->fieldValue(id, m_columns.at(column).id);
}

QString RecordTableModel::choiceLabel(const FieldDef &field, int value) const
{
    for (const FieldChoice &c : field.choices)
        if (c.value == value && c.label)
            return QCoreApplication::translate(m_context, c.label);
    return {};
}

QString RecordTableModel::display(EntityId id, int column) const
{
    const FieldDef &field = m_columns.at(column);
    const QVariant v = value(id, column);
    switch (field.type) {
    case FieldType::Choice:
        return v.isValid() ? choiceLabel(field, v.toInt()) : QString();
    case FieldType::Date:
        return FieldText::formatDate(v.toDate());
    case FieldType::Text:
        return v.toString();
    default:
        return FieldText::format(field.type, v);
    }
}

QVariant RecordTableModel::cellData(EntityId id, int column, int role) const
{
    Q_UNUSED(id)
    Q_UNUSED(column)
    Q_UNUSED(role)
    return {};
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const EntityId id = m_list->idAt(index.row());
    const FieldDef &field = m_columns.at(index.column());
    const QVariant own = cellData(id, index.column(), role);
    if (own.isValid())
        return own;
    switch (role) {
    case Qt::CheckStateRole: // a yes or no is a check box, read aloud by its text too
        if (field.type == FieldType::Boolean)
            return value(id, index.column()).toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // whole, where the column cuts it short
        return display(id, index.column());
    case Qt::EditRole:
        if (field.type == FieldType::Text || field.type == FieldType::Choice)
            return value(id, index.column());
        return display(id, index.column());
    case SortRole:
        return keys(id).sort.value(index.column());
    case SearchRole:
        return keys(id).search;
    case ChoicesRole: {
        if (field.type != FieldType::Choice)
            return {};
        QVariantList choices;
        for (const FieldChoice &c : field.choices)
            choices << QVariant(QVariantList {choiceLabel(field, c.value), c.value});
        return choices;
    }
    case CompletionsRole:
        return field.person ? EntityNames::people(*m_document) : QStringList();
    }
    return {};
}

QVariant RecordTableModel::sortKey(EntityId id, int column) const
{
    const FieldDef &field = m_columns.at(column);
    const QVariant v = value(id, column);
    switch (field.type) {
    case FieldType::Date: // undated last
        return v.toDate().isValid() ? v.toDate().toJulianDay() : std::numeric_limits<qint64>::max();
    case FieldType::Choice:
        return v.isValid() ? v.toInt() : -1;
    case FieldType::Text:
        return display(id, column).toLower();
    default:
        return v.isValid() ? v.toDouble() : -1.0;
    }
}

const RecordTableModel::RowKeys &RecordTableModel::keys(EntityId id) const
{
    auto it = m_keys.find(id);
    if (it != m_keys.end())
        return *it;
    RowKeys k;
    QStringList texts;
    for (int column = 0; column < m_columns.size(); ++column) {
        k.sort << sortKey(id, column);
        texts << display(id, column);
    }
    k.search = texts.join(QLatin1Char('\n')).toLower();
    return *m_keys.insert(id, k);
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) // the number the room calls a row by
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return {};
    return m_list->fieldLabel(m_columns.at(section).id);
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractTableModel::flags(index);
    if (m_columns.at(index.column()).type == FieldType::Boolean)
        return QAbstractTableModel::flags(index) | Qt::ItemIsUserCheckable;
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const EntityId id = m_list->idAt(index.row());
    if (role == Qt::CheckStateRole && m_columns.at(index.column()).type == FieldType::Boolean)
        return setCell(id, index.column(), value.toInt() == Qt::Checked);
    if (role != Qt::EditRole)
        return setCellData(id, index.column(), value, role); // a kind's own (a check box)
    const FieldDef &field = m_columns.at(index.column());
    QVariant stored = value;
    if (value.typeId() == QMetaType::QString && field.type != FieldType::Text) {
        QString reason;
        if (!FieldText::parse(field, value.toString(), &stored, &reason)) {
            Q_EMIT refused(FieldText::sentence(reason));
            return false;
        }
    }
    if (field.type == FieldType::Text)
        stored = value.toString().trimmed();
    return setCell(id, index.column(), stored);
}

bool RecordTableModel::setCellData(EntityId id, int column, const QVariant &value, int role)
{
    Q_UNUSED(id)
    Q_UNUSED(column)
    Q_UNUSED(value)
    Q_UNUSED(role)
    return false;
}

bool RecordTableModel::setCell(EntityId id, int column, const QVariant &value)
{
    const int field = m_columns.at(column).id;
    if (value == m_list->fieldValue(id, field))
        return true;
    m_document->undoStack()->push(new ChangeField(m_list, id, field, value));
    return true;
}

} // namespace Takt
