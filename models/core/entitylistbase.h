#pragma once

#include "entityfields.h"
#include "entityid.h"

#include <QObject>
#include <QSet>

namespace Takt {

/**
 * The signals and the bookkeeping of an id-addressed list of entities (EntityList): views
 * follow the signals, the store writes only what changed since the last flush (dirty rows,
 * removed rows, and positions when the order changed).
 */
class EntityListBase : public QObject, public EntityFields
{
    Q_OBJECT

public:
    /** The field announced when an entity was replaced whole. */
    static constexpr int AllFields = -1;

    using QObject::QObject;

    virtual int count() const = 0;
    virtual int indexOf(EntityId id) const = 0;
    virtual EntityId idAt(int index) const = 0;
    bool contains(EntityId id) const { return indexOf(id) >= 0; }

    const QSet<EntityId> &dirtyIds() const { return m_dirty; }
    const QSet<EntityId> &removedIds() const { return m_removed; }
    bool orderChanged() const { return m_orderChanged; }
    bool isDirty() const { return m_orderChanged || !m_dirty.isEmpty() || !m_removed.isEmpty(); }
    /** Everything is to be written again (the rows were deleted with their parent). */
    void markAllDirty();
    /** Nothing to write: what is here is what is stored (after a load or a flush). */
    void markStored();

Q_SIGNALS:
    /** Before @p id goes in at @p index; EntityList::incoming() is the entity meanwhile. */
    void aboutToBeInserted(Takt::EntityId id, int index);
    void inserted(Takt::EntityId id);
    void aboutToBeRemoved(Takt::EntityId id);
    void removed(Takt::EntityId id);
    /** @p field is the changed field, or AllFields. */
    void changed(Takt::EntityId id, int field);
    /** After any of the above. */
    void modified();

protected:
    void noteInserted(EntityId id, bool atEnd);
    void noteRemoved(EntityId id, bool atEnd);
    void noteChanged(EntityId id);

private:
    QSet<EntityId> m_dirty;
    QSet<EntityId> m_removed;
    bool m_orderChanged = false;
};

} // namespace Takt
