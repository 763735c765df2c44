#pragma once

#include "mapelement.h"

#include <QUndoCommand>

namespace Takt {

class Document;

/** Changes one field of one element; consecutive edits of that field merge into one step. */
class ChangeElementField : public QUndoCommand
{
public:
    ChangeElementField(Document *document, EntityId mapId, EntityId elementId, ElementField field,
                       const QVariant &value, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QVariant &value);
    Document *const m_document;
    const EntityId m_mapId;
    const EntityId m_elementId;
    const ElementField m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
};

} // namespace Takt
