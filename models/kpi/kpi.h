#pragma once

#include "core/entityid.h"
#include "core/fieldtable.h"

#include <QString>

#include <optional>

namespace Takt {

/** A key performance indicator the workshop measures: lead time per request, p95 latency. */
struct Kpi
{
    enum class Field { Name, Unit, Better, Target, Baseline, Notes };
    enum class Better { Lower, Higher };

    EntityId id = 0;
    QString name;
    QString unit; // as the room writes it: "h", "ms", "items/day"
    Better better = Better::Lower;
    std::optional<double> target;
    /** The limits come from the first phase's first so many points, then stay frozen. */
    std::optional<int> baseline;
    QString notes;

    static const FieldTable<Kpi> &fields();
};

} // namespace Takt
