#pragma once

#include "valuestreammap.h"

#include <QUndoCommand>

namespace Takt {

class Document;

/** Changes one figure or property of a map (name, state, demand, available time, notes). */
class ChangeMapField : public QUndoCommand
{
public:
    ChangeMapField(Document *document, EntityId mapId, ValueStreamMap::Field field,
                   const QVariant &value, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *const m_document;
    const EntityId m_mapId;
    const ValueStreamMap::Field m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
};

} // namespace Takt
