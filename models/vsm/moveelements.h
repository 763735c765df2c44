#pragma once

#include "core/entityid.h"

#include <QHash>
#include <QPointF>
#include <QUndoCommand>

namespace Takt {

class Document;

/** Moves elements: one step per drag, align or distribute; consecutive arrow-key nudges of the
 *  same selection merge into one step. */
class MoveElements : public QUndoCommand
{
public:
    enum class Gesture { Drag, Nudge };

    MoveElements(Document *document,
                 EntityId mapId,
                 const QHash<EntityId, QPointF> &oldPositions,
                 const QHash<EntityId, QPointF> &newPositions,
                 Gesture gesture = Gesture::Drag,
                 QUndoCommand *parent = nullptr);

    void undo() override { apply(m_oldPositions); }
    void redo() override { apply(m_newPositions); }
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QHash<EntityId, QPointF> &positions);
    Document *const m_document;
    const EntityId m_mapId;
    const Gesture m_gesture;
    const QHash<EntityId, QPointF> m_oldPositions;
    QHash<EntityId, QPointF> m_newPositions;
};

} // namespace Takt
