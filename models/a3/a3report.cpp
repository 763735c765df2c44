#include "a3report.h"

namespace Takt {

namespace {
using F = A3Report::Field;
using Table = FieldTable<A3Report>;

FieldDef text(F f, const char *key, const char *label)
{
    return FieldDef {int(f), key, FieldType::Text, label, key};
}

FieldDef number(F f, const char *key, const char *label)
{
    return FieldDef {int(f), key, FieldType::Coordinate, label, key};
}

QList<FieldChoice> stages()
{
    using S = A3Report::Stage;
    return {{int(S::Plan), "plan", QT_TRANSLATE_NOOP("A3Report", "Plan")},
            {int(S::Do), "do", QT_TRANSLATE_NOOP("A3Report", "Do")},
            {int(S::Check), "check", QT_TRANSLATE_NOOP("A3Report", "Check")},
            {int(S::Act), "act", QT_TRANSLATE_NOOP("A3Report", "Act")},
            {int(S::Done), "done", QT_TRANSLATE_NOOP("A3Report", "Done")}};
}
} // namespace

const FieldTable<A3Report> &A3Report::fields()
{
    FieldDef name = text(F::Name, "name", QT_TRANSLATE_NOOP("A3Report", "Name"));
    name.wanted = true;
    FieldDef owner = text(F::Owner, "owner", QT_TRANSLATE_NOOP("A3Report", "Owner"));
    owner.person = true;
    FieldDef coach = text(F::Coach, "coach", QT_TRANSLATE_NOOP("A3Report", "Sponsor or coach"));
    coach.person = true;
    FieldDef stage {int(F::Stage), "stage", FieldType::Choice,
                    QT_TRANSLATE_NOOP("A3Report", "Stage"), "stage"};
    stage.choices = stages();
    stage.optional = false;
    static const Table table(
        "A3Report",
        {Table::member(name, &A3Report::name),
         Table::member(text(F::Theme, "theme", QT_TRANSLATE_NOOP("A3Report", "Theme")),
                       &A3Report::theme),
         Table::member(owner, &A3Report::owner),
         Table::member(coach, &A3Report::coach),
         Table::member(FieldDef {int(F::Date), "date", FieldType::Date,
                                 QT_TRANSLATE_NOOP("A3Report", "Date"), "date"},
                       &A3Report::date),
         Table::member(stage, &A3Report::stage),
         Table::member(
             text(F::Background, "background", QT_TRANSLATE_NOOP("A3Report", "Background")),
             &A3Report::background),
         Table::member(text(F::CurrentCondition, "current_condition",
                            QT_TRANSLATE_NOOP("A3Report", "Current condition")),
                       &A3Report::currentCondition),
         Table::member(text(F::Goal, "goal", QT_TRANSLATE_NOOP("A3Report", "Goal")),
                       &A3Report::goal),
         Table::member(
             text(F::Analysis, "analysis", QT_TRANSLATE_NOOP("A3Report", "Root-cause analysis")),
             &A3Report::analysis),
         Table::member(text(F::Countermeasures, "countermeasures",
                            QT_TRANSLATE_NOOP("A3Report", "Countermeasures")),
                       &A3Report::countermeasures),
         Table::member(text(F::Plan, "plan", QT_TRANSLATE_NOOP("A3Report", "Implementation plan")),
                       &A3Report::plan),
         Table::member(
             text(F::FollowUp, "follow_up", QT_TRANSLATE_NOOP("A3Report", "Follow-up and check")),
             &A3Report::followUp),
         Table::member(text(F::Map, "map", QT_TRANSLATE_NOOP("A3Report", "Map")), &A3Report::map),
         Table::member(text(F::Whys, "whys", QT_TRANSLATE_NOOP("A3Report", "Analysis shown")),
                       &A3Report::whys),
         Table::member(text(F::Figure, "figure", QT_TRANSLATE_NOOP("A3Report", "Figure")),
                       &A3Report::figure),
         Table::member(number(F::Baseline, "baseline", QT_TRANSLATE_NOOP("A3Report", "Baseline")),
                       &A3Report::baseline),
         Table::member(number(F::Target, "target", QT_TRANSLATE_NOOP("A3Report", "Target")),
                       &A3Report::target),
         Table::member(FieldDef {int(F::TargetBy), "target_by", FieldType::Date,
                                 QT_TRANSLATE_NOOP("A3Report", "Target by"), "target_by"},
                       &A3Report::targetBy),
         Table::member(number(F::Result, "result", QT_TRANSLATE_NOOP("A3Report", "Result")),
                       &A3Report::result)});
    return table;
}

QString A3Report::stageKey(Stage stage)
{
    return fields().choiceKey(int(Field::Stage), int(stage));
}

const FieldTable<PdcaStep> &PdcaStep::fields()
{
    using P = PdcaStep::Field;
    FieldDef stage {int(P::Stage), "stage", FieldType::Choice,
                    QT_TRANSLATE_NOOP("PdcaStep", "Stage"), "stage"};
    stage.choices = stages();
    stage.optional = false;
    static const FieldTable<PdcaStep> table(
        "PdcaStep",
        {FieldTable<PdcaStep>::member(
             FieldDef {int(P::Report), "report", FieldType::Reference, nullptr, "report_id"},
             &PdcaStep::report),
         FieldTable<PdcaStep>::member(stage, &PdcaStep::stage),
         FieldTable<PdcaStep>::member(FieldDef {int(P::On), "on", FieldType::Date,
                                                QT_TRANSLATE_NOOP("PdcaStep", "On"), "on_date"},
                                      &PdcaStep::on),
         FieldTable<PdcaStep>::member(FieldDef {int(P::Note), "note", FieldType::Text,
                                                QT_TRANSLATE_NOOP("PdcaStep", "Note"), "note"},
                                      &PdcaStep::note)});
    return table;
}

} // namespace Takt
