#include "workshopmetadata.h"

namespace Takt {

const FieldTable<WorkshopMetadata> &WorkshopMetadata::fields()
{
    using Table = FieldTable<WorkshopMetadata>;
    using M = WorkshopMetadata;
    const auto text = [](Field id, const char *key, const char *label) {
        return FieldDef {int(id), key, FieldType::Text, label, key};
    };
    const auto date = [](Field id, const char *key, const char *label) {
        return FieldDef {int(id), key, FieldType::Date, label, key};
    };
    static const Table table(
        "WorkshopMetadata",
        {
            Table::member(
                text(Field::Title, "title", QT_TRANSLATE_NOOP("WorkshopMetadata", "Title")),
                &M::title),
            Table::member(text(Field::Organisation, "organisation",
                               QT_TRANSLATE_NOOP("WorkshopMetadata", "Team")),
                          &M::organisation),
            Table::member(date(Field::StartDate, "start_date",
                               QT_TRANSLATE_NOOP("WorkshopMetadata", "Start date")),
                          &M::startDate),
            Table::member(
                date(Field::EndDate, "end_date", QT_TRANSLATE_NOOP("WorkshopMetadata", "End date")),
                &M::endDate),
            Table::member(text(Field::Location, "location",
                               QT_TRANSLATE_NOOP("WorkshopMetadata", "Location")),
                          &M::location),
            Table::member(text(Field::Facilitators, "facilitators",
                               QT_TRANSLATE_NOOP("WorkshopMetadata", "Facilitators")),
                          &M::facilitators),
            Table::member(text(Field::Objective, "objective",
                               QT_TRANSLATE_NOOP("WorkshopMetadata", "Objective")),
                          &M::objective),
            Table::member(
                text(Field::Notes, "notes", QT_TRANSLATE_NOOP("WorkshopMetadata", "Notes")),
                &M::notes),
        });
    return table;
}

bool WorkshopMetadata::operator==(const WorkshopMetadata &o) const
{
    for (const auto &field : fields().fields())
        if (field.get(*this) != field.get(o))
            return false;
    return true;
}

} // namespace Takt
