#pragma once

#include "core/entityid.h"
#include "core/fieldtable.h"

#include <QString>

namespace Takt {

/**
 * A link between any two entities of a document, by their ids: a kaizen burst to the 5 Whys
 * that explains it, a root cause to the action that treats it, an idea to its A3. Renaming
 * either keeps it; deleting either removes it, in the same undo step (LinkCommands).
 */
struct Link
{
    enum class Field { From, To, Role };

    EntityId id = 0;
    EntityId from = 0;
    EntityId to = 0;
    QString role; // what the link says, as the kinds that make it name it, e.g. "explains"

    static const FieldTable<Link> &fields();
    bool operator==(const Link &o) const
    {
        return id == o.id && from == o.from && to == o.to && role == o.role;
    }
};

} // namespace Takt
