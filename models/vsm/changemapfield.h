#pragma once

#include "document/changevalue.h"
#include "valuestreammap.h"

#include <tuple>

namespace Takt {

class Document;

/** Changes one figure or property of a map (name, state, demand, available time, notes). */
class ChangeMapField : public ChangeValue<std::tuple<Document *, EntityId, ValueStreamMap::Field>>
{
public:
    ChangeMapField(Document *document,
                   EntityId mapId,
                   ValueStreamMap::Field field,
                   const QVariant &value,
                   QUndoCommand *parent = nullptr);

    int id() const override;

private:
    void apply(const QVariant &value) override;
};

} // namespace Takt
