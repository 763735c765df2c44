#pragma once

#include "core/entityid.h"

#include <QUndoCommand>

namespace Takt {

class Document;

/**
 * Keyboard-first entry: a new process step after @p afterId, linked into the flow (after →
 * new → whatever followed after, by the same kinds of arrows) with room made for it and for a
 * queue before it (what stands to its right on its row moves further); or, with no step to
 * follow, at the end of the row of steps. One undo step.
 */
class InsertProcessStep : public QUndoCommand
{
public:
    InsertProcessStep(Document *document,
                      EntityId mapId,
                      EntityId afterId,
                      const QString &name,
                      QUndoCommand *parent = nullptr);

    EntityId stepId() const { return m_stepId; }

private:
    EntityId m_stepId = 0;
};

} // namespace Takt
