#include "actiontablemodel.h"

#include "actionstore.h"
#include "core/changefield.h"
#include "core/fieldtext.h"
#include "document/document.h"
#include "document/entitynames.h"

#include <QFont>
#include <QUndoStack>

namespace Takt {

ActionTableModel::ActionTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_store(ActionStore::of(*document))
    , m_today(QDate::currentDate())
{
    const EntityListBase *list = &m_store->actionList();
    connect(list, &EntityListBase::aboutToBeInserted, this,
            [this](EntityId, int index) { beginInsertRows({}, index, index); });
    connect(list, &EntityListBase::inserted, this, [this] { endInsertRows(); });
    connect(list, &EntityListBase::aboutToBeRemoved, this, [this](EntityId id) {
        const int row = rowOf(id);
        beginRemoveRows({}, row, row);
    });
    connect(list, &EntityListBase::removed, this, [this] { endRemoveRows(); });
    connect(list, &EntityListBase::removed, this, [this](EntityId id) {
        m_keys.remove(id);
        m_sourceNames.remove(id);
    });
    // A source linked, renamed, deleted or back by undo (links, KPIs and maps announce their
    // changes this way, once per batch): the Source cells that now read otherwise, only.
    connect(document, &Document::measuredChanged, this, &ActionTableModel::refreshSources);
    connect(document, &Document::measuredChanged, this,
            &ActionTableModel::refreshAll); // a step renamed
    connect(list, &EntityListBase::changed, this, [this](EntityId id) {
        m_keys.remove(id);
        m_sourceNames.remove(id);
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

QString ActionTableModel::dueText(const QDate &due, bool overdue)
{
    const QString date = due.isValid() ? FieldText::formatDate(due) : QString();
    // The sign first: a narrow column still shows it.
    return overdue ? tr("⚠ %1 (overdue)").arg(date) : date;
}

void ActionTableModel::refreshAll()
{
    m_keys.clear();
    m_sourceNames.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ActionTableModel::sourceName(const ActionItem &a) const
{
    auto it = m_sourceNames.constFind(a.id);
    if (it == m_sourceNames.cend())
        it = m_sourceNames.insert(a.id, m_store->sourceName(a));
    return *it;
}

void ActionTableModel::refreshSources()
{
    for (auto it = m_sourceNames.begin(); it != m_sourceNames.end(); ++it) {
        const ActionItem *a = m_store->action(it.key());
        const QString now = a ? m_store->sourceName(*a) : QString();
        if (now == *it)
            continue;
        *it = now;
        m_keys.remove(it.key());
        const int row = rowOf(it.key());
        if (row >= 0)
            Q_EMIT dataChanged(index(row, SourceColumn), index(row, SourceColumn));
    }
}

void ActionTableModel::setToday(const QDate &today)
{
    m_today = today;
    refreshAll(); // the Due cells say overdue or not
}

EntityId ActionTableModel::actionAt(int row) const
{
    const auto &items = m_store->actions().items();
    return row >= 0 && row < items.size() ? items.at(row).id : 0;
}

int ActionTableModel::rowOf(EntityId id) const
{
    return m_store->actions().indexOf(id);
}

int ActionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store->actions().items().size());
}

int ActionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ActionItem::Field ActionTableModel::fieldOf(int column)
{
    using F = ActionItem::Field;
    static const F fields[]
        = {F::What, F::Owner, F::Due, F::Status, F::Priority, F::Verifier, F::Source};
    return fields[column];
}

QVariant ActionTableModel::display(const ActionItem &a, int column) const
{
    const auto &table = ActionItem::fields();
    const ActionItem::Field field = fieldOf(column);
    switch (column) {
    case DueColumn: {
        return dueText(a.due, a.isOverdue(m_today));
    }
    case StatusColumn:
    case PriorityColumn:
        return table.choiceLabel(int(field), table.value(a, int(field)).toInt());
    case VerifierColumn:
        return a.verifiesOwnWork() ? tr("%1 ⚠ the owner").arg(a.verifier) : a.verifier;
    case SourceColumn:
        return sourceName(a);
    default:
        return table.value(a, int(field));
    }
}

QVariant ActionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ActionItem &a = m_store->actions().items().at(index.row());
    const ActionItem::Field field = fieldOf(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(a, index.column());
    case Qt::EditRole:
        if (index.column() == SourceColumn)
            return sourceName(a);
        if (index.column() == DueColumn)
            return a.due.isValid() ? FieldText::formatDate(a.due) : QString();
        return ActionItem::fields().value(a, int(field));
    case SortRole:
        return keys(a).sort[index.column()];
    case SearchRole:
        return keys(a).search;
    case ChoicesRole: {
        if (index.column() != StatusColumn && index.column() != PriorityColumn)
            return {};
        QVariantList choices;
        const auto &table = ActionItem::fields();
        for (const FieldChoice &c : table.find(int(field))->def.choices)
            choices << QVariant(QVariantList {table.choiceLabel(int(field), c.value), c.value});
        return choices;
    }
    case CompletionsRole:
        if (index.column() == OwnerColumn || index.column() == VerifierColumn)
            return EntityNames::people(*m_document);
        return {};
    case OverdueRole:
        return a.isOverdue(m_today);
    case Qt::FontRole:
        if (a.isOverdue(m_today) && index.column() == DueColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == VerifierColumn && a.verifiesOwnWork())
            return tr("The owner verifies their own action: ask someone else to check it.");
        if (index.column() == SourceColumn && m_store->sourceOf(a.id))
            return tr("%1 (linked: double-click to open it)").arg(sourceName(a));
        return display(a, index.column()); // whole, where the column cuts it short
    }
    return {};
}

QVariant ActionTableModel::sortKey(const ActionItem &a, int column) const
{
    if (column == DueColumn) // undated last
        return a.due.isValid() ? a.due.toJulianDay() : std::numeric_limits<qint64>::max();
    if (column == StatusColumn || column == PriorityColumn)
        return ActionItem::fields().value(a, int(fieldOf(column))).toInt();
    return display(a, column).toString().toLower();
}

const ActionTableModel::RowKeys &ActionTableModel::keys(const ActionItem &a) const
{
    auto it = m_keys.find(a.id);
    if (it != m_keys.end())
        return *it;
    RowKeys k;
    QStringList texts;
    for (int column = 0; column < ColumnCount; ++column) {
        k.sort[column] = sortKey(a, column);
        texts << display(a, column).toString();
    }
    k.search = texts.join(QLatin1Char('\n')).toLower();
    return *m_keys.insert(a.id, k);
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) // the number the room calls an action by
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return ActionItem::fields().label(int(fieldOf(section)));
}

Qt::ItemFlags ActionTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractTableModel::flags(index);
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool ActionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const ActionItem &a = m_store->actions().items().at(index.row());
    const ActionItem::Field field = fieldOf(index.column());
    const FieldDef &def = ActionItem::fields().find(int(field))->def;
    QVariant stored = value;
    if (value.typeId() == QMetaType::QString && def.type != FieldType::Text) {
        QString reason;
        if (!FieldText::parse(def, value.toString(), &stored, &reason)) {
            Q_EMIT refused(FieldText::sentence(reason));
            return false;
        }
    }
    if (field == ActionItem::Field::Source) { // the link follows the text
        if (value.toString().trimmed() != sourceName(a))
            m_document->undoStack()->push(m_store->changeSource(a.id, value.toString()));
        return true;
    }
    if (stored == ActionItem::fields().value(a, int(field)))
        return true;
    m_document->undoStack()->push(
        new ChangeField(&m_store->actionList(), a.id, int(field), stored));
    return true;
}

} // namespace Takt
