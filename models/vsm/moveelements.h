#pragma once

#include "mapelement.h"

#include <QHash>
#include <QUndoCommand>

namespace Takt {

class Document;

/** Moves elements: one step per drag; arrow-key nudges of the same selection merge. */
class MoveElements : public QUndoCommand
{
public:
    MoveElements(Document *document, EntityId mapId, const QHash<EntityId, QPointF> &oldPositions,
                 const QHash<EntityId, QPointF> &newPositions, QUndoCommand *parent = nullptr);

    void undo() override { apply(m_oldPositions); }
    void redo() override { apply(m_newPositions); }
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QHash<EntityId, QPointF> &positions);
    Document *const m_document;
    const EntityId m_mapId;
    const QHash<EntityId, QPointF> m_oldPositions;
    QHash<EntityId, QPointF> m_newPositions;
};

} // namespace Takt
