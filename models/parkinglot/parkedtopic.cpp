#include "parkedtopic.h"

namespace Takt {

const FieldTable<ParkedTopic> &ParkedTopic::fields()
{
    using F = ParkedTopic::Field;
    using O = ParkedTopic::Outcome;
    using Table = FieldTable<ParkedTopic>;
    const auto text = [](F f, const char *key, const char *label) {
        return FieldDef {int(f), key, FieldType::Text, label, key};
    };
    FieldDef topic = text(F::Topic, "topic", QT_TRANSLATE_NOOP("ParkedTopic", "Topic"));
    topic.wanted = true;
    FieldDef by = text(F::RaisedBy, "raised_by", QT_TRANSLATE_NOOP("ParkedTopic", "Raised by"));
    by.person = true;
    FieldDef outcome {int(F::Outcome), "outcome", FieldType::Choice,
                      QT_TRANSLATE_NOOP("ParkedTopic", "Outcome"), "outcome"};
    outcome.choices
        = {{int(O::Open), "open", QT_TRANSLATE_NOOP("ParkedTopic", "open")},
           {int(O::Resolved), "resolved", QT_TRANSLATE_NOOP("ParkedTopic", "resolved")},
           {int(O::Action), "action", QT_TRANSLATE_NOOP("ParkedTopic", "turned into an action")},
           {int(O::Carried), "carried", QT_TRANSLATE_NOOP("ParkedTopic", "carried to the agenda")}};
    outcome.optional = false;
    static const Table table(
        "ParkedTopic",
        {Table::member(topic, &ParkedTopic::topic), Table::member(by, &ParkedTopic::raisedBy),
         Table::member(FieldDef {int(F::Raised), "raised", FieldType::Date,
                                 QT_TRANSLATE_NOOP("ParkedTopic", "Raised"), "raised"},
                       &ParkedTopic::raised),
         Table::member(outcome, &ParkedTopic::outcome),
         Table::member(text(F::Notes, "notes", QT_TRANSLATE_NOOP("ParkedTopic", "Notes")),
                       &ParkedTopic::notes)});
    return table;
}

} // namespace Takt
