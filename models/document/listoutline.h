#pragma once

#include "artefactstore.h"
#include "core/entitylist.h"

#include <functional>

namespace Takt {

/**
 * The navigator rows of a store whose entities are one EntityList shaped as a tree (each
 * entity names its parent, 0 for a top row): the rows under a parent are its children in list
 * order, and the list's signals become the store's outline signals. A kind calls connect()
 * once and implements outlineChildren()/outlineParent() with children() and parentOf().
 * Moving an entity to another parent is a removal and an insertion.
 */
template<typename T> class ListOutline
{
public:
    using ParentOf = std::function<EntityId(const T &)>;

    ListOutline(const EntityList<T> &list, ParentOf parentOf)
        : m_list(list)
        , m_parentOf(std::move(parentOf))
    { }

    QList<EntityId> children(EntityId parent) const
    {
        QList<EntityId> ids;
        for (const T &item : m_list.items())
            if (m_parentOf(item) == parent)
                ids << item.id;
        return ids;
    }
    EntityId parentOf(EntityId id) const
    {
        const T *item = m_list.find(id);
        return item ? m_parentOf(*item) : 0;
    }

    void connect(ArtefactStore *store) const
    {
        const EntityList<T> *list = &m_list;
        QObject::connect(list, &EntityListBase::aboutToBeInserted, store,
                         [this, store, list](EntityId, int index) {
                             const EntityId parent = m_parentOf(*list->incoming());
                             int row = 0; // its place among its siblings
                             for (int i = 0; i < index; ++i)
                                 row += m_parentOf(list->items().at(i)) == parent;
                             Q_EMIT store->outlineAboutToInsert(parent, row);
                         });
        QObject::connect(list, &EntityListBase::inserted, store, &ArtefactStore::outlineInserted);
        QObject::connect(
            list, &EntityListBase::aboutToBeRemoved, store, [this, store](EntityId id) {
                const EntityId parent = parentOf(id);
                Q_EMIT store->outlineAboutToRemove(parent, int(children(parent).indexOf(id)));
            });
        QObject::connect(list, &EntityListBase::removed, store, &ArtefactStore::outlineRemoved);
        QObject::connect(list, &EntityListBase::changed, store,
                         [store](EntityId id) { Q_EMIT store->outlineChanged(id); });
        QObject::connect(list, &EntityListBase::modified, store, &ArtefactStore::modified);
    }

private:
    const EntityList<T> &m_list;
    ParentOf m_parentOf;
};

} // namespace Takt
