#pragma once

#include "core/entityid.h"

#include <QList>
#include <QString>

#include <optional>

class QUndoCommand;

namespace Takt {

class Document;

/**
 * A figure of one artefact that a series of measurements can stand for: a process step's
 * cycle time, a queue's wait, a map's lead time. A kind offers its figures
 * (ArtefactStore::measurableFigures) and another measures them (ArtefactStore::measure)
 * without either knowing the other: a link with the role "measures:<key>" ties the measuring
 * entity (a KPI) to the figure's entity.
 */
struct MeasurableFigure
{
    EntityId target = 0; // the step, queue or map
    QString key; // "cycle-time", "wait", "lead-time": the link's role after "measures:"
    QString label; // as a list of choices shows it: "Current state ▸ Labeling: cycle time"
    bool isTime = true; // a duration, in seconds
    std::optional<double> value; // what the artefact says now
    QString artefact; // the artefact's name, as files name it ("Current state")
    QString item; // the part's name within it ("Labeling"); empty for the artefact's own
};

/** What a series measured for a figure: its spread, in seconds when the figure is a time and
 *  the series' unit is one ("h", "min"), otherwise in the series' own unit. */
struct MeasuredSpread
{
    EntityId source = 0;
    QString sourceName; // the KPI's name
    QString unit; // the series' unit, as its KPI gives it
    bool inSeconds = false;
    int n = 0;
    double mean = 0;
    double median = 0;
    double min = 0;
    double max = 0;

    /** Mean, median, minimum and maximum of @p values; n = 0 when there are none. */
    static MeasuredSpread of(QList<double> values);
    bool operator==(const MeasuredSpread &o) const
    {
        return source == o.source && sourceName == o.sourceName && unit == o.unit
            && inSeconds == o.inSeconds && n == o.n && mean == o.mean && median == o.median
            && min == o.min && max == o.max;
    }
    bool operator!=(const MeasuredSpread &o) const { return !(*this == o); }
};

/** Offering, linking and reading measured figures across kinds. */
class MeasuredFigures
{
public:
    static QString linkRole(const QString &key);
    /** Every figure the document's kinds offer, in registry and document order. */
    static QList<MeasurableFigure> offered(const Document &document);
    static std::optional<MeasurableFigure>
    find(const Document &document, EntityId target, const QString &key);
    /** By names, as a file gives them: @p item empty for the artefact's own figure. */
    static std::optional<MeasurableFigure> findByName(const Document &document,
                                                      const QString &artefact,
                                                      const QString &item,
                                                      const QString &key);
    /** The figure @p source measures, if it is linked to one. */
    static std::optional<MeasurableFigure> measuredBy(const Document &document, EntityId source);
    /** What is measured for @p key of @p target, if some entity measures it: the first linked
     *  that has measured something (the links' order), or else the first linked. */
    static std::optional<MeasuredSpread>
    spread(const Document &document, EntityId target, const QString &key);
    /** One undo step: @p source measures @p key of @p target from now on, instead of what it
     *  measured before (none when @p target is 0); null when nothing would change. */
    static QUndoCommand *
    link(Document &document, EntityId source, EntityId target, const QString &key);
    /** The entities measuring @p key of @p target, in the order they were linked. */
    static QList<EntityId> sources(const Document &document, EntityId target, const QString &key);
};

} // namespace Takt
