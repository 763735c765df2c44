#pragma once

#include "common/duration.h"
#include "document/measuredfigure.h"
#include "mapelement.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Takt {

class ValueStreamMap;

/** One step of the timeline ladder: a wait (upper step) or a process time (lower step). */
struct LadderRung
{
    EntityId elementId = 0;
    QString name;
    bool isWait = false;
    double seconds = 0;
    double valueAdded = 0;
};

/**
 * The figures of a map, computed from the glossary's definitions (Rother & Shook; 1 d = 24 h):
 * takt = available time ÷ demand; lead time = Σ waits + Σ cycle times along the flow path;
 * value-added = Σ VA; flow efficiency = VA ÷ lead time; rolled %C&A = Π %C&A.
 */
struct MapMetrics
{
    Q_DECLARE_TR_FUNCTIONS(MapMetrics)

public:
    std::optional<double> taktTime;
    double leadTime = 0;
    double waitTime = 0;
    double processTime = 0;
    double valueAdded = 0;
    std::optional<double> flowEfficiency;
    std::optional<double> rolledCompleteAccurate;
    double totalInventory = 0; // units counted in queues, wherever they are on the map
    EntityId bottleneck = 0;
    QString bottleneckName;
    QList<EntityId> overTakt;
    /** Queues with a wait and steps with a cycle time that no material arrow reaches: what
     *  they stand for is not in the lead time, and the map and the figures say so. */
    QList<EntityId> offFlow;
    QStringList overTaktNames;
    QList<LadderRung> ladder; // flow order, supplier to customer
    bool branched = false;
    QStringList notes; // how the figures were read (branches, steps left out)
    QStringList warnings; // data that cannot be right; never blocks the figures

    /** The figures of the map this one was derived from, for reading a future state against
     *  its current state (the ladder shows the change). */
    struct Baseline
    {
        QString mapName;
        double leadTime = 0;
        double valueAdded = 0;
        double totalInventory = 0;
        std::optional<double> flowEfficiency;
    };
    std::optional<Baseline> baseline;

    /** What a linked series measured for a step's cycle time, in seconds (MapStore::metrics
     *  fills it; compute() alone leaves it empty): its data box shows the spread. */
    QHash<EntityId, MeasuredSpread> measuredCycleTimes;
    /** "4–9 h, n = 30", in the map's time unit if it has one. */
    QString spreadText(const MeasuredSpread &spread) const;

    /** The unit the map's times are shown in, if the facilitator chose one. */
    std::optional<Duration::Unit> timeUnit;
    QString formatTime(double seconds) const { return Duration::format(seconds, timeUnit); }

    static MapMetrics compute(const ValueStreamMap &map);
    /** As compute(), with the baseline of @p base (the map @p map was derived from) if given. */
    static MapMetrics compute(const ValueStreamMap &map, const ValueStreamMap *base);
    /** The flow path the timeline follows, supplier to customer. */
    static QList<EntityId> flowPath(const ValueStreamMap &map, bool *branched = nullptr);
    /** The wait an inventory element stands for, if it can be known. */
    static std::optional<double> waitOf(const MapElement &element, std::optional<double> demand);
};

} // namespace Takt
