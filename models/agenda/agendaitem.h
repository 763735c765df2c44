#pragma once

#include "core/entityid.h"
#include "core/fieldtable.h"

#include <QString>

#include <optional>

namespace Takt {

/** One item of the workshop's agenda: what, on which day, for how long, led by whom, about
 *  which artefact; and how long it really took, as the facilitation timer recorded it. */
struct AgendaItem
{
    enum class Field { Day, Title, Planned, Owner, About, Actual, Notes };

    EntityId id = 0;
    std::optional<int> day; // from 1; the first day when not said
    QString title;
    std::optional<double> planned; // seconds
    QString owner;
    QString about; // an artefact by name; AgendaStore links it to what it names
    std::optional<double> actual; // seconds, once run
    QString notes;

    static const FieldTable<AgendaItem> &fields();
    int dayNumber() const { return qMax(1, day.value_or(1)); }
    double plannedSeconds() const { return planned.value_or(0); }
    bool isRun() const { return actual.has_value(); }
};

} // namespace Takt
