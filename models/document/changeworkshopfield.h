#pragma once

#include "changevalue.h"
#include "workshopmetadata.h"

#include <utility>

namespace Takt {

class Document;

/** Edits one field of the workshop metadata; typing in the same field merges into one step. */
class ChangeWorkshopField : public ChangeValue<std::pair<Document *, WorkshopMetadata::Field>>
{
public:
    ChangeWorkshopField(Document *document,
                        WorkshopMetadata::Field field,
                        const QVariant &value,
                        QUndoCommand *parent = nullptr);

    int id() const override;

private:
    void apply(const QVariant &value) override;
};

} // namespace Takt
