#include "participant.h"

namespace Takt {

const FieldTable<Participant> &Participant::fields()
{
    using F = Participant::Field;
    using Table = FieldTable<Participant>;
    const auto text = [](F f, const char *key, const char *label) {
        return FieldDef {int(f), key, FieldType::Text, label, key};
    };
    FieldDef name = text(F::Name, "name", QT_TRANSLATE_NOOP("Participant", "Name"));
    name.wanted = true;
    const auto day = [](F f, const char *key, const char *label) {
        return FieldDef {int(f), key, FieldType::Boolean, label, key};
    };
    static const Table table(
        "Participant",
        {Table::member(name, &Participant::name),
         Table::member(text(F::Role, "role", QT_TRANSLATE_NOOP("Participant", "Role")),
                       &Participant::role),
         Table::member(text(F::Team, "team", QT_TRANSLATE_NOOP("Participant", "Team")),
                       &Participant::team),
         Table::member(day(F::Day1, "present_day1", QT_TRANSLATE_NOOP("Participant", "Day 1")),
                       &Participant::day1),
         Table::member(day(F::Day2, "present_day2", QT_TRANSLATE_NOOP("Participant", "Day 2")),
                       &Participant::day2),
         Table::member(day(F::Day3, "present_day3", QT_TRANSLATE_NOOP("Participant", "Day 3")),
                       &Participant::day3),
         Table::member(day(F::Day4, "present_day4", QT_TRANSLATE_NOOP("Participant", "Day 4")),
                       &Participant::day4),
         Table::member(day(F::Day5, "present_day5", QT_TRANSLATE_NOOP("Participant", "Day 5")),
                       &Participant::day5)});
    return table;
}

bool Participant::isPresent(int day) const
{
    return day >= 1 && day <= MaxDays && fields().value(*this, int(dayField(day))).toBool();
}

const FieldTable<AttendanceRegister> &AttendanceRegister::fields()
{
    using Table = FieldTable<AttendanceRegister>;
    FieldDef days {int(Field::Days), "days", FieldType::WholeNumber,
                   QT_TRANSLATE_NOOP("AttendanceRegister", "Days"), "days"};
    days.maximum = Participant::MaxDays;
    static const Table table(
        "AttendanceRegister",
        {Table::member(FieldDef {int(Field::Name), "name", FieldType::Text,
                                 QT_TRANSLATE_NOOP("AttendanceRegister", "Name"), "name"},
                       &AttendanceRegister::name),
         Table::member(days, &AttendanceRegister::days)});
    return table;
}

} // namespace Takt
