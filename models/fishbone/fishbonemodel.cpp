#include "fishbonemodel.h"

#include "core/changefield.h"
#include "document/document.h"
#include "document/entitynames.h"
#include "document/followup.h"
#include "fishbonestore.h"

#include <QFont>
#include <QMimeData>
#include <QUndoStack>

namespace Takt {

namespace {
const QString MimeType = QStringLiteral("application/x-takt-fishbone-cause");
}

FishboneModel::FishboneModel(Document *document, EntityId diagram, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_store(FishboneStore::of(*document))
    , m_diagram(diagram)
{
    connectCategories();
    connectCauses();
    // A 5 Whys started from a cause, or its undo, is a link: the column follows the links.
    connect(&document->links(), &EntityListBase::modified, this, [this] {
        for (const FishboneCause &c : m_store->causes().items())
            if (c.diagram == m_diagram && isShown(c.parent))
                Q_EMIT dataChanged(indexOf(c.id, WhysColumn), indexOf(c.id, WhysColumn));
    });
}

void FishboneModel::connectCategories()
{
    const EntityList<FishboneCategory> *list = &m_store->categoryList();
    connect(list, &EntityListBase::aboutToBeInserted, this, [this, list](EntityId, int index) {
        m_inserting = list->incoming()->diagram == m_diagram;
        if (!m_inserting)
            return;
        int row = 0;
        for (EntityId bone : m_store->categoriesOf(m_diagram))
            row += list->indexOf(bone) < index;
        beginInsertRows({}, row, row);
    });
    connect(list, &EntityListBase::inserted, this, [this] {
        if (std::exchange(m_inserting, false))
            endInsertRows();
    });
    connect(list, &EntityListBase::aboutToBeRemoved, this, [this](EntityId id) {
        m_removing = m_store->category(id)->diagram == m_diagram;
        if (!m_removing)
            return;
        const int row = int(m_store->categoriesOf(m_diagram).indexOf(id));
        beginRemoveRows({}, row, row);
    });
    connect(list, &EntityListBase::removed, this, [this] {
        if (std::exchange(m_removing, false))
            endRemoveRows();
    });
    connect(list, &EntityListBase::changed, this, [this](EntityId id) {
        if (isCategory(id))
            Q_EMIT dataChanged(indexOf(id, 0), indexOf(id, ColumnCount - 1));
    });
}

void FishboneModel::connectCauses()
{
    const EntityList<FishboneCause> *list = &m_store->causes();
    connect(list, &EntityListBase::aboutToBeInserted, this, [this, list](EntityId, int index) {
        const FishboneCause *c = list->incoming();
        m_inserting = c->diagram == m_diagram && isShown(c->parent);
        if (!m_inserting)
            return;
        int row = 0; // its place among its siblings: those before it in the list
        for (EntityId sibling : m_store->childrenOf(c->parent))
            row += list->indexOf(sibling) < index;
        beginInsertRows(indexOf(c->parent), row, row);
    });
    connect(list, &EntityListBase::inserted, this, [this] {
        if (std::exchange(m_inserting, false))
            endInsertRows();
    });
    connect(list, &EntityListBase::aboutToBeRemoved, this, [this](EntityId id) {
        const FishboneCause *c = m_store->cause(id);
        m_removing = c->diagram == m_diagram && isShown(c->parent);
        if (!m_removing)
            return;
        const int row = int(m_store->childrenOf(c->parent).indexOf(id));
        beginRemoveRows(indexOf(c->parent), row, row);
    });
    connect(list, &EntityListBase::removed, this, [this] {
        if (std::exchange(m_removing, false))
            endRemoveRows();
    });
    connect(list, &EntityListBase::changed, this, [this](EntityId id) {
        const FishboneCause *c = m_store->cause(id);
        if (c && c->diagram == m_diagram && isShown(c->parent))
            Q_EMIT dataChanged(indexOf(id, 0), indexOf(id, ColumnCount - 1));
    });
}

bool FishboneModel::isCategory(EntityId item) const
{
    const FishboneCategory *c = m_store->category(item);
    return c && c->diagram == m_diagram;
}

bool FishboneModel::isShown(EntityId parent) const
{
    for (int depth = 0; !isCategory(parent); ++depth) {
        const FishboneCause *c = m_store->cause(parent);
        if (!c || depth > m_store->causes().count())
            return false;
        parent = c->parent;
    }
    return true;
}

QList<EntityId> FishboneModel::childrenOf(EntityId parent) const
{
    return parent ? m_store->childrenOf(parent) : m_store->categoriesOf(m_diagram);
}

EntityId FishboneModel::itemAt(const QModelIndex &index) const
{
    return index.isValid() ? EntityId(index.internalId()) : 0;
}

QModelIndex FishboneModel::indexOf(EntityId item, int column) const
{
    EntityId parent = 0;
    if (const FishboneCause *c = m_store->cause(item)) {
        if (c->diagram != m_diagram)
            return {};
        parent = c->parent;
    } else if (!isCategory(item)) {
        return {};
    }
    const int row = int(childrenOf(parent).indexOf(item));
    return row < 0 ? QModelIndex() : createIndex(row, column, quintptr(item));
}

QModelIndex FishboneModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<EntityId> children = childrenOf(itemAt(parent));
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex FishboneModel::parent(const QModelIndex &child) const
{
    const FishboneCause *c = m_store->cause(itemAt(child));
    return c ? indexOf(c->parent) : QModelIndex();
}

int FishboneModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(itemAt(parent)).size());
}

int FishboneModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FishboneModel::data(const QModelIndex &index, int role) const
{
    const EntityId id = itemAt(index);
    if (role == IdRole && id)
        return QVariant::fromValue(id);
    if (const FishboneCategory *bone = isCategory(id) ? m_store->category(id) : nullptr) {
        if (index.column() == CauseColumn && (role == Qt::DisplayRole || role == Qt::EditRole))
            return bone->name;
        if (index.column() == CauseColumn && role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const FishboneCause *c = m_store->cause(id);
    if (!c)
        return {};
    switch (index.column()) {
    case CauseColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return c->text;
        break;
    case LikelyColumn:
        // Said in words as well as checked: a projector washes the check box out.
        if (role == Qt::DisplayRole)
            return c->likely ? likelyText() : QString();
        if (role == Qt::CheckStateRole)
            return c->likely ? Qt::Checked : Qt::Unchecked;
        break;
    case WhysColumn:
        if (role == Qt::DisplayRole) {
            QStringList names;
            for (EntityId analysis : FollowUps::of(*m_document, id))
                names << EntityNames::nameOf(*m_document, analysis);
            return names.join(QStringLiteral(", "));
        }
        break;
    default:
        break;
    }
    return {};
}

bool FishboneModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const EntityId id = itemAt(index);
    QUndoCommand *command = nullptr;
    const QString text = value.toString();
    if (index.column() == LikelyColumn && role == Qt::CheckStateRole) {
        command = m_store->setLikely(id, value.toInt() == Qt::Checked);
    } else if (index.column() != CauseColumn || role != Qt::EditRole || text.trimmed().isEmpty()) {
        return false; // a bone or a cause is never left without words
    } else if (isCategory(id) && text != m_store->category(id)->name) {
        command = new ChangeField(&m_store->categoryList(), id, int(FishboneCategory::Field::Name),
                                  text);
    } else if (m_store->cause(id) && text != m_store->cause(id)->text) {
        command = new ChangeField(&m_store->causeList(), id, int(FishboneCause::Field::Text), text);
    }
    if (!command)
        return false;
    m_document->undoStack()->push(command);
    return true;
}

QVariant FishboneModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CauseColumn:
        return tr("Category and cause");
    case LikelyColumn:
        return tr("Likely");
    case WhysColumn:
        return tr("5 Whys");
    default:
        return {};
    }
}

Qt::ItemFlags FishboneModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    const bool cause = !isCategory(itemAt(index));
    if (cause)
        f |= Qt::ItemIsDragEnabled;
    if (index.column() == CauseColumn)
        f |= Qt::ItemIsEditable;
    else if (index.column() == LikelyColumn && cause)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QStringList FishboneModel::mimeTypes() const
{
    return {MimeType};
}

QMimeData *FishboneModel::mimeData(const QModelIndexList &indexes) const
{
    // One cause is dragged, with everything below it.
    for (const QModelIndex &index : indexes)
        if (m_store->cause(itemAt(index))) {
            auto *data = new QMimeData;
            data->setData(MimeType, QByteArray::number(itemAt(index)));
            return data;
        }
    return nullptr;
}

bool FishboneModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(MimeType) || !parent.isValid())
        return false; // causes go on a bone or under a cause, never beside the bones
    const EntityId cause = data->data(MimeType).toLongLong();
    const FishboneCause *c = m_store->cause(cause);
    if (!c || c->diagram != m_diagram)
        return false;
    const EntityId target = itemAt(parent.sibling(parent.row(), 0));
    // Rows are counted with the dragged cause still in place; the move counts without it.
    if (c->parent == target && row > m_store->childrenOf(target).indexOf(cause))
        --row;
    QUndoCommand *command = m_store->moveCause(cause, target, row);
    if (!command)
        return false;
    m_document->undoStack()->push(command);
    return true;
}

} // namespace Takt
