#pragma once

#include "document/changevalue.h"
#include "mapelement.h"

#include <tuple>

namespace Takt {

class Document;

/** Changes one field of one element; consecutive edits of that field merge into one step. */
class ChangeElementField
    : public ChangeValue<std::tuple<Document *, EntityId, EntityId, ElementField>>
{
public:
    ChangeElementField(Document *document,
                       EntityId mapId,
                       EntityId elementId,
                       ElementField field,
                       const QVariant &value,
                       QUndoCommand *parent = nullptr);

    int id() const override;

private:
    void apply(const QVariant &value) override;
};

} // namespace Takt
