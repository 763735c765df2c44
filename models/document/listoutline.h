#pragma once

#include "artefactstore.h"
#include "core/entitylist.h"

#include <functional>
#include <utility>

namespace Takt {

/**
 * The navigator rows of a store whose entities are one EntityList shaped as a tree (each
 * entity names its parent, 0 for a top row): the rows under a parent are its children in list
 * order, and the list's signals become the store's outline signals. A kind calls connect()
 * once and implements outlineChildren()/outlineParent() with children() and parentOf().
 * Moving an entity to another parent is a removal and an insertion (a change of the parent
 * field alone would leave the navigator's tree behind); a row whose parent is not in the list
 * is not shown, and comes into view with its parent.
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
                             m_quiet = !isShown(parent);
                             if (m_quiet)
                                 return;
                             int row = 0; // its place among its siblings
                             for (int i = 0; i < index; ++i)
                                 row += m_parentOf(list->items().at(i)) == parent;
                             Q_EMIT store->outlineAboutToInsert(parent, row);
                         });
        QObject::connect(list, &EntityListBase::inserted, store, [this, store](EntityId id) {
            if (!std::exchange(m_quiet, false))
                Q_EMIT store->outlineInserted(id);
            if (parentOf(id) == 0)
                Q_EMIT store->artefactInserted(id);
        });
        QObject::connect(
            list, &EntityListBase::aboutToBeRemoved, store, [this, store](EntityId id) {
                const EntityId parent = parentOf(id);
                m_quiet = !isShown(parent);
                if (!m_quiet)
                    Q_EMIT store->outlineAboutToRemove(parent, int(children(parent).indexOf(id)));
            });
        QObject::connect(list, &EntityListBase::removed, store, [this, store](EntityId id) {
            if (!std::exchange(m_quiet, false))
                Q_EMIT store->outlineRemoved(id);
            Q_EMIT store->artefactRemoved(id); // after the navigator is done with the row
        });
        QObject::connect(list, &EntityListBase::changed, store,
                         [store](EntityId id) { Q_EMIT store->outlineChanged(id); });
        QObject::connect(list, &EntityListBase::modified, store, &ArtefactStore::modified);
    }

private:
    /** Whether rows under @p parent are in the navigator: a top row, or all its ancestors. */
    bool isShown(EntityId parent) const
    {
        for (int depth = 0; parent; ++depth) {
            const T *item = m_list.find(parent);
            if (!item || depth > m_list.count()) // gone, or a loop of parents
                return false;
            parent = m_parentOf(*item);
        }
        return true;
    }

    const EntityList<T> &m_list;
    ParentOf m_parentOf;
    mutable bool m_quiet = false; // between an about-to and its done, for an unshown row
};

} // namespace Takt
