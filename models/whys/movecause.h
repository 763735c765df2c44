#pragma once

#include "core/entitylist.h"
#include "fivewhystree.h"

#include <QUndoCommand>

namespace Takt {

/**
 * Moves a cause, with everything below it, under another parent (or the problem), before one
 * of its new siblings or after the last. Its place is worked out when it is done, not when it
 * is made, so that several moves under one command (a merge) each find the list as the one
 * before left it; undo puts it back at its old place under its old parent.
 */
class MoveCause : public QUndoCommand
{
public:
    /** @p before: the new sibling it goes before; 0 for after the last. */
    MoveCause(EntityList<WhyCause> *causes,
              EntityId cause,
              EntityId parent,
              EntityId before,
              QUndoCommand *parentCommand = nullptr);

    void undo() override;
    void redo() override;

private:
    EntityList<WhyCause> *const m_causes;
    const EntityId m_cause;
    const EntityId m_oldParent;
    const EntityId m_parent;
    const EntityId m_before;
    int m_from = -1;
};

} // namespace Takt
