#pragma once

#include "core/entityid.h"
#include "core/fieldtable.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace Takt {

/** A 5 Whys analysis: the problem it asks why of (what, where, when, how much). */
struct FiveWhysAnalysis
{
    enum class Field { Name, Problem, Date, Team, Scope };
    EntityId id = 0;
    QString name;
    QString problem;
    QDate date;
    QString team;
    QString scope;
    static const FieldTable<FiveWhysAnalysis> &fields();
};

/** One cause in the tree: why its parent (or the problem, for a top cause) happens, on what
 *  evidence, how sure the room is of it, and whether it is a root cause. */
struct WhyCause
{
    enum class Field { Analysis, Parent, Text, Evidence, Status, RootCause, StatusBy, StatusOn };
    enum class Status { Hypothesis, Confirmed, RuledOut };
    EntityId id = 0;
    EntityId analysis = 0;
    EntityId parent = 0; // 0: a cause of the problem itself
    QString text;
    QString evidence;
    Status status = Status::Hypothesis;
    bool rootCause = false;
    QString statusBy; // who set the status, and when
    QDate statusOn;
    static const FieldTable<WhyCause> &fields();
    /** What its siblings share: the parent, or the analysis for a cause of the problem. */
    EntityId siblingKey() const { return parent ? parent : analysis; }
};

/** What is to be tried against a root cause (tested, not assumed to work): by whom, by
 *  when, and the effect expected on a named figure. */
struct Countermeasure
{
    enum class Field { Cause, Text, Owner, Due, Figure, Expected };
    EntityId id = 0;
    EntityId cause = 0;
    QString text;
    QString owner;
    QDate due;
    QString figure;
    QString expected; // "−50 %"
    static const FieldTable<Countermeasure> &fields();
};

/** The map figure a cause's evidence rests on (a step's cycle time, a map's lead time), by the
 *  names a file gives it. */
struct EvidenceFigure
{
    QString map; // the artefact
    QString item; // the part of it ("Labeling"); empty for the artefact's own figure
    QString figure; // the figure's key ("cycle-time")
    bool operator==(const EvidenceFigure &o) const
    {
        return map == o.map && item == o.item && figure == o.figure;
    }
};

/** An analysis with its causes (each after its parent, siblings in order) and countermeasures:
 *  what a file holds and what the store will. */
struct FiveWhysTree
{
    FiveWhysAnalysis analysis;
    QList<WhyCause> causes;
    QList<Countermeasure> countermeasures;
    QHash<EntityId, EvidenceFigure> evidenceFigures; // by cause

    QList<const WhyCause *> children(EntityId parent) const;
    QList<const Countermeasure *> countermeasuresOf(EntityId cause) const;
};

} // namespace Takt
