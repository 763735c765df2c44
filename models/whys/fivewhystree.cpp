#include "fivewhystree.h"

namespace Takt {

namespace {
template<typename E> FieldDef textField(E f, const char *key, const char *label)
{
    return FieldDef {int(f), key, FieldType::Text, label, key};
}
} // namespace

const FieldTable<FiveWhysAnalysis> &FiveWhysAnalysis::fields()
{
    using F = FiveWhysAnalysis::Field;
    using Table = FieldTable<FiveWhysAnalysis>;
    FieldDef name = textField(F::Name, "name", QT_TRANSLATE_NOOP("FiveWhysAnalysis", "Name"));
    name.wanted = true;
    static const Table table(
        "FiveWhysAnalysis",
        {Table::member(name, &FiveWhysAnalysis::name),
         Table::member(
             textField(F::Problem, "problem", QT_TRANSLATE_NOOP("FiveWhysAnalysis", "Problem")),
             &FiveWhysAnalysis::problem),
         Table::member(FieldDef {int(F::Date), "date", FieldType::Date,
                                 QT_TRANSLATE_NOOP("FiveWhysAnalysis", "Date"), "date"},
                       &FiveWhysAnalysis::date),
         Table::member(textField(F::Team, "team", QT_TRANSLATE_NOOP("FiveWhysAnalysis", "Team")),
                       &FiveWhysAnalysis::team),
         Table::member(textField(F::Scope, "scope", QT_TRANSLATE_NOOP("FiveWhysAnalysis", "Scope")),
                       &FiveWhysAnalysis::scope)});
    return table;
}

const FieldTable<WhyCause> &WhyCause::fields()
{
    using F = WhyCause::Field;
    using Table = FieldTable<WhyCause>;
    FieldDef cause = textField(F::Text, "text", QT_TRANSLATE_NOOP("WhyCause", "Why"));
    cause.wanted = true;
    FieldDef status {int(F::Status), "status", FieldType::Choice,
                     QT_TRANSLATE_NOOP("WhyCause", "Evidence status"), "status"};
    // The keys are the JSON's words.
    status.choices
        = {{int(Status::Hypothesis), "hypothesis", QT_TRANSLATE_NOOP("WhyCause", "hypothesis")},
           {int(Status::Confirmed), "confirmed", QT_TRANSLATE_NOOP("WhyCause", "confirmed")},
           {int(Status::RuledOut), "ruled_out", QT_TRANSLATE_NOOP("WhyCause", "ruled out")}};
    status.optional = false;
    FieldDef by
        = textField(F::StatusBy, "status_by", QT_TRANSLATE_NOOP("WhyCause", "Status set by"));
    by.person = true;
    static const Table table(
        "WhyCause",
        {Table::member(
             FieldDef {int(F::Analysis), "analysis", FieldType::Reference, nullptr, "analysis_id"},
             &WhyCause::analysis),
         Table::member(
             FieldDef {int(F::Parent), "parent", FieldType::Reference, nullptr, "parent_id"},
             &WhyCause::parent),
         Table::member(cause, &WhyCause::text),
         Table::member(
             textField(F::Evidence, "evidence", QT_TRANSLATE_NOOP("WhyCause", "Evidence")),
             &WhyCause::evidence),
         Table::member(status, &WhyCause::status),
         Table::member(FieldDef {int(F::RootCause), "root_cause", FieldType::Boolean,
                                 QT_TRANSLATE_NOOP("WhyCause", "Root cause"), "root_cause"},
                       &WhyCause::rootCause),
         Table::member(by, &WhyCause::statusBy),
         Table::member(FieldDef {int(F::StatusOn), "status_on", FieldType::Date,
                                 QT_TRANSLATE_NOOP("WhyCause", "Status set on"), "status_on"},
                       &WhyCause::statusOn)});
    return table;
}

const FieldTable<Countermeasure> &Countermeasure::fields()
{
    using F = Countermeasure::Field;
    using Table = FieldTable<Countermeasure>;
    FieldDef what
        = textField(F::Text, "text", QT_TRANSLATE_NOOP("Countermeasure", "Countermeasure"));
    what.wanted = true;
    FieldDef owner = textField(F::Owner, "owner", QT_TRANSLATE_NOOP("Countermeasure", "Owner"));
    owner.person = true;
    static const Table table(
        "Countermeasure",
        {Table::member(FieldDef {int(F::Cause), "cause", FieldType::Reference, nullptr, "cause_id"},
                       &Countermeasure::cause),
         Table::member(what, &Countermeasure::text), Table::member(owner, &Countermeasure::owner),
         Table::member(FieldDef {int(F::Due), "due", FieldType::Date,
                                 QT_TRANSLATE_NOOP("Countermeasure", "Due"), "due"},
                       &Countermeasure::due),
         Table::member(
             textField(F::Figure, "figure", QT_TRANSLATE_NOOP("Countermeasure", "Figure")),
             &Countermeasure::figure),
         Table::member(textField(F::Expected, "expected",
                                 QT_TRANSLATE_NOOP("Countermeasure", "Expected effect")),
                       &Countermeasure::expected)});
    return table;
}

QList<const WhyCause *> FiveWhysTree::children(EntityId parent) const
{
    QList<const WhyCause *> list;
    for (const WhyCause &c : causes)
        if (c.parent == parent)
            list << &c;
    return list;
}

QList<const Countermeasure *> FiveWhysTree::countermeasuresOf(EntityId cause) const
{
    QList<const Countermeasure *> list;
    for (const Countermeasure &c : countermeasures)
        if (c.cause == cause)
            list << &c;
    return list;
}

} // namespace Takt
