#include "documentoutlinemodel.h"

#include "artefactkind.h"
#include "artefactstore.h"
#include "document.h"

namespace Takt {

namespace {
// A section row carries 0 (its row is its kind's place in the registry); an entity row its id,
// never 0.
bool isSection(const QModelIndex &index)
{
    return index.internalId() == 0;
}
} // namespace

DocumentOutlineModel::DocumentOutlineModel(Document *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    for (ArtefactStore *store : document->stores()) {
        connect(store, &ArtefactStore::outlineAboutToInsert, this,
                [this, store](EntityId parentId, int row) {
                    beginInsertRows(parentIndex(store, parentId), row, row);
                });
        connect(store, &ArtefactStore::outlineInserted, this, [this] { endInsertRows(); });
        connect(store, &ArtefactStore::outlineAboutToRemove, this,
                [this, store](EntityId parentId, int row) {
                    beginRemoveRows(parentIndex(store, parentId), row, row);
                });
        connect(store, &ArtefactStore::outlineRemoved, this, [this] { endRemoveRows(); });
        connect(store, &ArtefactStore::outlineChanged, this, [this](EntityId id) {
            const QModelIndex index = indexOf(id);
            if (index.isValid())
                Q_EMIT dataChanged(index, index);
        });
    }
}

int DocumentOutlineModel::sectionOf(const ArtefactStore *store) const
{
    return int(m_document->stores().indexOf(const_cast<ArtefactStore *>(store)));
}

ArtefactStore *DocumentOutlineModel::storeFor(EntityId id) const
{
    return m_document->storeOf(id);
}

QModelIndex DocumentOutlineModel::parentIndex(ArtefactStore *store, EntityId parentId) const
{
    if (!parentId)
        return createIndex(sectionOf(store), 0, quintptr(0));
    const EntityId grandParent = store->outlineParent(parentId);
    const int row = int(store->outlineChildren(grandParent).indexOf(parentId));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(parentId));
}

QModelIndex DocumentOutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    ArtefactStore *store = isSection(parent) ? m_document->stores().value(parent.row())
                                             : storeFor(EntityId(parent.internalId()));
    if (!store)
        return {};
    const EntityId parentId = isSection(parent) ? 0 : EntityId(parent.internalId());
    return createIndex(row, column, quintptr(store->outlineChildren(parentId).value(row)));
}

QModelIndex DocumentOutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || isSection(child))
        return {};
    const EntityId id = EntityId(child.internalId());
    ArtefactStore *store = storeFor(id);
    return store ? parentIndex(store, store->outlineParent(id)) : QModelIndex();
}

int DocumentOutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_document->stores().size());
    if (parent.column() != 0)
        return 0;
    if (isSection(parent)) {
        const ArtefactStore *store = m_document->stores().value(parent.row());
        return store ? int(store->outlineChildren(0).size()) : 0;
    }
    const EntityId id = EntityId(parent.internalId());
    const ArtefactStore *store = storeFor(id);
    return store ? int(store->outlineChildren(id).size()) : 0;
}

int DocumentOutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant DocumentOutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (isSection(index)) {
        const ArtefactStore *store = m_document->stores().value(index.row());
        if (!store)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return store->kind().name();
        case Qt::DecorationRole:
            return store->kind().icon();
        case ArtefactStore::KindRole:
            return store->kind().key();
        case ArtefactStore::OpenableRole:
            return false;
        default:
            return {};
        }
    }
    const EntityId id = EntityId(index.internalId());
    const ArtefactStore *store = storeFor(id);
    return store ? store->outlineData(id, role) : QVariant();
}

Qt::ItemFlags DocumentOutlineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QModelIndex DocumentOutlineModel::sectionIndex(const QString &kindKey) const
{
    const QList<ArtefactStore *> &stores = m_document->stores();
    for (int i = 0; i < stores.size(); ++i)
        if (stores.at(i)->kind().key() == kindKey)
            return index(i, 0);
    return {};
}

QModelIndex DocumentOutlineModel::indexOf(EntityId id) const
{
    ArtefactStore *store = storeFor(id);
    if (!store)
        return {};
    const EntityId parentId = store->outlineParent(id);
    const int row = int(store->outlineChildren(parentId).indexOf(id));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(id));
}

} // namespace Takt
