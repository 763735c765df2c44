#pragma once

#include "core/entityid.h"
#include "core/fieldtable.h"

#include <QString>

#include <optional>

namespace Takt {

/** One person of the workshop: who they are and on which days they were in the room. */
struct Participant
{
    /** A workshop of up to this many days keeps its attendance. */
    static constexpr int MaxDays = 5;
    enum class Field { Name, Role, Team, Day1, Day2, Day3, Day4, Day5 };

    EntityId id = 0;
    QString name;
    QString role;
    QString team;
    // Present unless marked absent: the facilitator marks who is missing, not who came.
    bool day1 = true;
    bool day2 = true;
    bool day3 = true;
    bool day4 = true;
    bool day5 = true;

    static const FieldTable<Participant> &fields();
    static Field dayField(int day) { return Field(int(Field::Day1) + day - 1); }
    /** Present on @p day, counted from 1. */
    bool isPresent(int day) const;
};

/** The attendance of a workshop: a document has one, made with it. */
struct AttendanceRegister
{
    enum class Field { Name, Days };
    EntityId id = 0;
    QString name;
    std::optional<int> days; // how many days the workshop has; one when not said

    static const FieldTable<AttendanceRegister> &fields();
    int dayCount() const { return qBound(1, days.value_or(1), Participant::MaxDays); }
};

} // namespace Takt
