#include "decision.h"

namespace Takt {

const FieldTable<Decision> &Decision::fields()
{
    using F = Decision::Field;
    using Table = FieldTable<Decision>;
    const auto text = [](F f, const char *key, const char *label) {
        return FieldDef {int(f), key, FieldType::Text, label, key};
    };
    FieldDef what = text(F::What, "what", QT_TRANSLATE_NOOP("Decision", "Decision"));
    what.wanted = true;
    FieldDef by = text(F::DecidedBy, "decided_by", QT_TRANSLATE_NOOP("Decision", "Decided by"));
    by.person = true;
    static const Table table(
        "Decision",
        {Table::member(what, &Decision::what), Table::member(by, &Decision::decidedBy),
         Table::member(FieldDef {int(F::Date), "date", FieldType::Date,
                                 QT_TRANSLATE_NOOP("Decision", "Date"), "date"},
                       &Decision::date),
         Table::member(text(F::About, "about", QT_TRANSLATE_NOOP("Decision", "About")),
                       &Decision::about),
         Table::member(text(F::Notes, "notes", QT_TRANSLATE_NOOP("Decision", "Notes")),
                       &Decision::notes)});
    return table;
}

} // namespace Takt
