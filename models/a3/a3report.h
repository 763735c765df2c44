#pragma once

#include "core/entityid.h"
#include "core/fieldtable.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Takt {

/**
 * An A3 report (Shook, Managing to Learn; Sobek & Smalley): one sheet with its header, the
 * plan on the left (background, current condition, goal, analysis), do and check on the right
 * (countermeasures, plan, follow-up), and the PDCA stage it is in. The goal is measurable: a
 * figure, its baseline, the target and by when; Check records the measured result.
 */
struct A3Report
{
    enum class Field {
        Name,
        Theme,
        Owner,
        Coach,
        Date,
        Stage,
        Background,
        CurrentCondition,
        Goal,
        Analysis,
        Countermeasures,
        Plan,
        FollowUp,
        Map,
        Whys,
        Figure,
        Baseline,
        Target,
        TargetBy,
        Result
    };
    enum class Stage { Plan, Do, Check, Act, Done };

    EntityId id = 0;
    QString name;
    QString theme;
    QString owner;
    QString coach; // the sponsor or coach
    QDate date;
    Stage stage = Stage::Plan;
    // The free sections, as Markdown-like text (**bold**, *italic*, "- " lists).
    QString background;
    QString currentCondition;
    QString goal;
    QString analysis;
    QString countermeasures;
    QString plan;
    QString followUp;
    QString map; // the map its current condition shows, by name
    QString whys; // the 5 Whys or fishbone its analysis shows, by name
    QString figure; // what the goal measures, e.g. "lead time (d)"
    std::optional<double> baseline;
    std::optional<double> target;
    QDate targetBy;
    std::optional<double> result; // measured at Check

    static const FieldTable<A3Report> &fields();
    /** "plan", "do", … as files write them. */
    static QString stageKey(Stage stage);
};

/** One change of an A3's PDCA stage: to which, when, and why (the history the navigator's
 *  circle and the sheet's footer show). */
struct PdcaStep
{
    enum class Field { Report, Stage, On, Note };
    EntityId id = 0;
    EntityId report = 0;
    A3Report::Stage stage = A3Report::Stage::Plan;
    QDate on;
    QString note;
    static const FieldTable<PdcaStep> &fields();
};

} // namespace Takt
