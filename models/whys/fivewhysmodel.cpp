#include "fivewhysmodel.h"

#include "core/changefield.h"
#include "document/document.h"
#include "fivewhysstore.h"
#include "whysdiagram.h"

#include <QDate>
#include <QMimeData>
#include <QUndoStack>

namespace Takt {

namespace {
const QString MimeType = QStringLiteral("application/x-takt-why-cause");
}

FiveWhysModel::FiveWhysModel(Document *document, EntityId analysis, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_store(FiveWhysStore::of(*document))
    , m_analysis(analysis)
{
    connectList();
}

void FiveWhysModel::connectList()
{
    const EntityList<WhyCause> *list = &m_store->causes();
    connect(list, &EntityListBase::aboutToBeInserted, this, [this, list](EntityId, int index) {
        const WhyCause *c = list->incoming();
        m_inserting = c->analysis == m_analysis && isShown(c->parent);
        if (!m_inserting)
            return;
        int row = 0; // its place among its siblings: those before it in the list
        for (EntityId sibling : m_store->childrenOf(m_analysis, c->parent))
            row += list->indexOf(sibling) < index;
        beginInsertRows(indexOf(c->parent), row, row);
    });
    connect(list, &EntityListBase::inserted, this, [this] {
        if (std::exchange(m_inserting, false))
            endInsertRows();
    });
    connect(list, &EntityListBase::aboutToBeRemoved, this, [this](EntityId id) {
        const WhyCause *c = m_store->cause(id);
        m_removing = c->analysis == m_analysis && isShown(c->parent);
        if (!m_removing)
            return;
        const int row = int(m_store->childrenOf(m_analysis, c->parent).indexOf(id));
        beginRemoveRows(indexOf(c->parent), row, row);
    });
    connect(list, &EntityListBase::removed, this, [this] {
        if (std::exchange(m_removing, false))
            endRemoveRows();
    });
    connect(list, &EntityListBase::changed, this, [this](EntityId id) {
        const WhyCause *c = m_store->cause(id);
        if (c && c->analysis == m_analysis && isShown(c->parent))
            Q_EMIT dataChanged(indexOf(id, 0), indexOf(id, ColumnCount - 1));
    });
}

bool FiveWhysModel::isShown(EntityId parent) const
{
    for (int depth = 0; parent; ++depth) {
        const WhyCause *c = m_store->cause(parent);
        if (!c || depth > m_store->causes().count())
            return false;
        parent = c->parent;
    }
    return true;
}

EntityId FiveWhysModel::causeAt(const QModelIndex &index) const
{
    return index.isValid() ? EntityId(index.internalId()) : 0;
}

QModelIndex FiveWhysModel::indexOf(EntityId cause, int column) const
{
    const WhyCause *c = m_store->cause(cause);
    if (!c || c->analysis != m_analysis)
        return {};
    const int row = int(m_store->childrenOf(m_analysis, c->parent).indexOf(cause));
    return row < 0 ? QModelIndex() : createIndex(row, column, quintptr(cause));
}

QModelIndex FiveWhysModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<EntityId> children = m_store->childrenOf(m_analysis, causeAt(parent));
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex FiveWhysModel::parent(const QModelIndex &child) const
{
    const WhyCause *c = m_store->cause(causeAt(child));
    return c && c->parent ? indexOf(c->parent) : QModelIndex();
}

int FiveWhysModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_store->childrenOf(m_analysis, causeAt(parent)).size());
}

int FiveWhysModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FiveWhysModel::data(const QModelIndex &index, int role) const
{
    const WhyCause *c = m_store->cause(causeAt(index));
    if (!c)
        return {};
    if (role == IdRole)
        return QVariant::fromValue(c->id);
    switch (index.column()) {
    case WhyColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return c->text;
        if (role == Qt::ToolTipRole && !c->evidence.isEmpty())
            return tr("Evidence: %1").arg(c->evidence);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole) // marked as in the diagram, not by colour alone
            return WhysDiagram::statusText(c->status);
        if (role == Qt::EditRole)
            return int(c->status);
        break;
    case RootCauseColumn:
        // Said in words as well as checked: a projector washes the check box out.
        if (role == Qt::DisplayRole)
            return c->rootCause ? rootCauseText() : QString();
        if (role == Qt::CheckStateRole)
            return c->rootCause ? Qt::Checked : Qt::Unchecked;
        break;
    case EvidenceColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return c->evidence;
        break;
    default:
        break;
    }
    return {};
}

bool FiveWhysModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const WhyCause *c = m_store->cause(causeAt(index));
    if (!c)
        return false;
    QUndoCommand *command = nullptr;
    if (index.column() == RootCauseColumn && role == Qt::CheckStateRole) {
        command = m_store->setRootCause(c->id, value.toInt() == Qt::Checked);
    } else if (role != Qt::EditRole) {
        return false;
    } else if (index.column() == StatusColumn) {
        bool known = false;
        const FieldDef &def = WhyCause::fields().find(int(WhyCause::Field::Status))->def;
        for (const FieldChoice &choice : def.choices)
            known = known || choice.value == value.toInt();
        const auto status = WhyCause::Status(value.toInt());
        if (known && status != c->status)
            command = m_store->setStatus(c->id, status, QDate::currentDate());
    } else if (index.column() == WhyColumn || index.column() == EvidenceColumn) {
        const int field
            = int(index.column() == WhyColumn ? WhyCause::Field::Text : WhyCause::Field::Evidence);
        if (value.toString() != m_store->causes().fieldValue(c->id, field).toString())
            command = new ChangeField(&m_store->causeList(), c->id, field, value.toString());
    }
    if (!command)
        return false;
    m_document->undoStack()->push(command);
    return true;
}

QVariant FiveWhysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhyColumn:
        return tr("Why?");
    case StatusColumn:
        return tr("Evidence status");
    case RootCauseColumn:
        return tr("Root cause");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return {};
    }
}

Qt::ItemFlags FiveWhysModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f
        = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    // The status is cycled (Ctrl+K) or chosen in the Properties, never typed as a number.
    if (index.column() == RootCauseColumn)
        f |= Qt::ItemIsUserCheckable;
    else if (index.column() != StatusColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QStringList FiveWhysModel::mimeTypes() const
{
    return {MimeType};
}

QMimeData *FiveWhysModel::mimeData(const QModelIndexList &indexes) const
{
    // One cause is dragged, with everything below it.
    for (const QModelIndex &index : indexes)
        if (EntityId id = causeAt(index)) {
            auto *data = new QMimeData;
            data->setData(MimeType, QByteArray::number(id));
            return data;
        }
    return nullptr;
}

bool FiveWhysModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(MimeType))
        return false;
    const EntityId cause = data->data(MimeType).toLongLong();
    const WhyCause *c = m_store->cause(cause);
    if (!c || c->analysis != m_analysis)
        return false;
    const EntityId target = causeAt(parent.sibling(parent.row(), 0));
    // Rows are counted with the dragged cause still in place; the move counts without it.
    if (c->parent == target && row > m_store->childrenOf(m_analysis, target).indexOf(cause))
        --row;
    QUndoCommand *command = m_store->moveCause(cause, target, row);
    if (!command)
        return false;
    m_document->undoStack()->push(command);
    return true;
}

} // namespace Takt
