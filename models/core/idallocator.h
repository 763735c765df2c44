#pragma once

#include "entityid.h"

namespace Takt {

/**
 * Hands out the document's ids, one sequence for every table. The high-water mark is kept in
 * the file (the meta table), so an id is never given twice, not even after the entity that
 * had it was deleted and the document saved and reopened.
 */
class IdAllocator
{
public:
    EntityId next()
    {
        m_changed = true;
        return m_next++;
    }
    /** The id next() will return: one above every id handed out so far. */
    EntityId peek() const { return m_next; }
    /** Continues after @p largest (the stored mark, or the largest id found in a file). */
    void continueAfter(EntityId largest)
    {
        if (largest >= m_next) {
            m_next = largest + 1;
            m_changed = true;
        }
    }
    /** Whether the mark moved since it was last stored. */
    bool hasChanged() const { return m_changed; }
    void markStored() { m_changed = false; }

private:
    EntityId m_next = 1;
    bool m_changed = false;
};

} // namespace Takt
