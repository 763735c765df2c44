#include "agendaitem.h"

namespace Takt {

const FieldTable<AgendaItem> &AgendaItem::fields()
{
    using F = AgendaItem::Field;
    using Table = FieldTable<AgendaItem>;
    const auto field = [](F f, const char *key, FieldType type, const char *label) {
        return FieldDef {int(f), key, type, label, key};
    };
    FieldDef title
        = field(F::Title, "title", FieldType::Text, QT_TRANSLATE_NOOP("AgendaItem", "Item"));
    title.wanted = true;
    FieldDef owner
        = field(F::Owner, "owner", FieldType::Text, QT_TRANSLATE_NOOP("AgendaItem", "Led by"));
    owner.person = true;
    FieldDef day
        = field(F::Day, "day", FieldType::WholeNumber, QT_TRANSLATE_NOOP("AgendaItem", "Day"));
    day.minimum = 1;
    day.maximum = 14;
    static const Table table("AgendaItem",
                             {Table::member(day, &AgendaItem::day),
                              Table::member(title, &AgendaItem::title),
                              Table::member(field(F::Planned, "planned", FieldType::Duration,
                                                  QT_TRANSLATE_NOOP("AgendaItem", "Planned")),
                                            &AgendaItem::planned),
                              Table::member(owner, &AgendaItem::owner),
                              Table::member(field(F::About, "about", FieldType::Text,
                                                  QT_TRANSLATE_NOOP("AgendaItem", "About")),
                                            &AgendaItem::about),
                              Table::member(field(F::Actual, "actual", FieldType::Duration,
                                                  QT_TRANSLATE_NOOP("AgendaItem", "Actual")),
                                            &AgendaItem::actual),
                              Table::member(field(F::Notes, "notes", FieldType::Text,
                                                  QT_TRANSLATE_NOOP("AgendaItem", "Notes")),
                                            &AgendaItem::notes)});
    return table;
}

} // namespace Takt
