#pragma once

#include "core/entityid.h"
#include "mapelement.h"

#include <QUndoCommand>

namespace Takt {

class Document;

/**
 * A queue put into the material flow, in one undo step: the arrow it goes on is split through
 * it (from → queue → to, both of the arrow's kind), so that its wait counts in the lead time.
 * after(): between an element and what follows it on the flow (Insert Queue, by keyboard),
 * with room made when the next one stands too close; atStart(): before the first of the flow.
 * onto(): where it was dropped on an arrow.
 */
class InsertQueue : public QUndoCommand
{
public:
    /** Between @p afterId and the next element on its material flow (or at the end of the
     *  flow, linked by a push arrow, when nothing follows it). */
    static InsertQueue *after(Document *document,
                              EntityId mapId,
                              EntityId afterId,
                              const QString &name,
                              QUndoCommand *parent = nullptr);
    /** Before the start of the material flow (the first queue of a map, keyed in before its
     *  first step), the row moved right to make room; on an empty map, where the flow begins. */
    static InsertQueue *atStart(Document *document, EntityId mapId, const QString &name);
    /** Onto the arrow @p connectorId; @p queue has its id, kind and position. */
    static InsertQueue *onto(Document *document,
                             EntityId mapId,
                             EntityId connectorId,
                             const MapElement &queue,
                             QUndoCommand *parent = nullptr);

    EntityId queueId() const { return m_queueId; }

private:
    explicit InsertQueue(QUndoCommand *parent);
    EntityId m_queueId = 0;
};

} // namespace Takt
