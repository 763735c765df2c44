#pragma once

#include "workshopmetadata.h"

#include <QUndoCommand>

namespace Takt {

class Document;

/** Edits one field of the workshop metadata; typing in the same field merges into one step. */
class ChangeWorkshopField : public QUndoCommand
{
public:
    ChangeWorkshopField(Document *document,
                        WorkshopMetadata::Field field,
                        const QVariant &value,
                        QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QVariant &value);
    Document *const m_document;
    const WorkshopMetadata::Field m_field;
    const QVariant m_oldValue;
    QVariant m_newValue;
};

} // namespace Takt
