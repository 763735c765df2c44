#include "entitylistbase.h"

namespace Takt {

void EntityListBase::markAllDirty()
{
    for (int i = 0; i < count(); ++i)
        m_dirty.insert(idAt(i));
    m_orderChanged = true;
}

void EntityListBase::markStored()
{
    m_dirty.clear();
    m_removed.clear();
    m_orderChanged = false;
}

void EntityListBase::noteInserted(EntityId id, bool atEnd)
{
    m_dirty.insert(id);
    m_removed.remove(id);
    // Rows after the new one moved down: their positions are written again.
    if (!atEnd)
        m_orderChanged = true;
}

void EntityListBase::noteRemoved(EntityId id, bool atEnd)
{
    m_dirty.remove(id);
    m_removed.insert(id);
    if (!atEnd)
        m_orderChanged = true;
}

void EntityListBase::noteChanged(EntityId id)
{
    m_dirty.insert(id);
}

} // namespace Takt
