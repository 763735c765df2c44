#include "mapmetrics.h"

#include "common/duration.h"
#include "valuestreammap.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Takt {

namespace {

/** The lead-time contribution of one element: what the longest path maximises. */
double leadWeight(const MapElement &e, std::optional<double> demand)
{
    if (e.kind == ElementKind::Process)
        return e.onTimeline ? e.cycleTime.value_or(0) : 0;
    if (MapElement::isQueue(e.kind))
        return MapMetrics::waitOf(e, demand).value_or(0);
    return 0;
}

struct LongestPath
{
    const ValueStreamMap &map;
    QHash<EntityId, QList<EntityId>> successors;
    QHash<EntityId, double> best;
    QHash<EntityId, EntityId> next;
    QHash<EntityId, int> state; // 1 visiting, 2 done

    double visit(EntityId id)
    {
        const int s = state.value(id);
        if (s == 2)
            return best.value(id);
        if (s == 1)
            return -1; // a rework loop: the back edge is not part of the path
        state.insert(id, 1);
        double longest = 0;
        EntityId chosen = 0;
        for (EntityId succ : successors.value(id)) {
            const double length = visit(succ);
            if (length >= 0 && (chosen == 0 || length > longest)) {
                longest = length;
                chosen = succ;
            }
        }
        const MapElement *e = map.element(id);
        const double total = longest + (e ? leadWeight(*e, map.demandPerDay()) : 0);
        best.insert(id, total);
        next.insert(id, chosen);
        state.insert(id, 2);
        return total;
    }
};

} // namespace

std::optional<double> MapMetrics::waitOf(const MapElement &e, std::optional<double> demand)
{
    if (e.wait)
        return e.wait;
    if (e.count) {
        const std::optional<double> perDay = e.demandPerDay ? e.demandPerDay : demand;
        if (perDay && *perDay > 0)
            return *e.count / *perDay * Duration::Day;
    }
    return std::nullopt;
}

QList<EntityId> MapMetrics::flowPath(const ValueStreamMap &map, bool *branched)
{
    if (branched)
        *branched = false;
    LongestPath path {map, {}, {}, {}, {}};
    QHash<EntityId, int> inDegree;
    bool anyEdge = false;
    for (const Connector &c : map.connectors()) {
        if (!c.isMaterialFlow() || !map.element(c.from) || !map.element(c.to))
            continue;
        path.successors[c.from] << c.to;
        inDegree[c.to] += 1;
        inDegree.insert(c.from, inDegree.value(c.from));
        anyEdge = true;
    }

    QList<EntityId> result;
    if (!anyEdge) {
        // Nothing drawn between the steps yet: read the flow left to right, as the room does.
        QList<const MapElement *> steps;
        for (const MapElement &e : map.elements())
            if (e.kind == ElementKind::Process || MapElement::isQueue(e.kind))
                steps << &e;
        std::stable_sort(steps.begin(), steps.end(), [](const MapElement *a, const MapElement *b) {
            return a->pos.x() < b->pos.x();
        });
        for (const MapElement *e : std::as_const(steps))
            result << e->id;
        return result;
    }

    for (auto it = path.successors.cbegin(); it != path.successors.cend(); ++it)
        if (it.value().size() > 1 && branched)
            *branched = true;
    for (auto it = inDegree.cbegin(); it != inDegree.cend(); ++it)
        if (it.value() > 1 && branched)
            *branched = true;

    EntityId start = 0;
    double longest = -1;
    for (const MapElement &e : map.elements()) { // map order keeps ties stable
        if (!inDegree.contains(e.id) || inDegree.value(e.id) != 0)
            continue;
        const double length = path.visit(e.id);
        if (length > longest) {
            longest = length;
            start = e.id;
        }
    }
    if (start == 0 && !map.connectors().isEmpty()) { // a closed loop: start anywhere
        for (const MapElement &e : map.elements())
            if (inDegree.contains(e.id)) {
                start = e.id;
                path.visit(start);
                break;
            }
    }
    QSet<EntityId> seen;
    for (EntityId id = start; id != 0 && !seen.contains(id); id = path.next.value(id)) {
        seen.insert(id);
        result << id;
    }
    return result;
}

QString MapMetrics::spreadText(const MeasuredSpread &spread) const
{
    const Duration::Unit unit = timeUnit ? *timeUnit : Duration::readableUnit(spread.max);
    const QString symbol = QLatin1Char(' ') + Duration::symbol(unit);
    QString low = Duration::format(spread.min, unit);
    if (low.endsWith(symbol))
        low.chop(symbol.size());
    return tr("%1–%2, n = %3")
        .arg(low, Duration::format(spread.max, unit), QString::number(spread.n));
}

MapMetrics MapMetrics::compute(const ValueStreamMap &map, const ValueStreamMap *base)
{
    MapMetrics metrics = compute(map);
    if (base) {
        const MapMetrics b = compute(*base);
        metrics.baseline
            = Baseline {base->name(), b.leadTime, b.valueAdded, b.totalInventory, b.flowEfficiency};
    }
    return metrics;
}

MapMetrics MapMetrics::compute(const ValueStreamMap &map)
{
    MapMetrics m;
    m.timeUnit = map.timeUnit();
    const std::optional<double> demand = map.demandPerDay();
    if (demand && *demand > 0 && map.availableTimePerDay())
        m.taktTime = *map.availableTimePerDay() / *demand;

    const QList<EntityId> path = flowPath(map, &m.branched);
    if (m.branched)
        m.notes << tr("The flow branches; the timeline follows the longest path.");
    const QSet<EntityId> onPath(path.begin(), path.end());

    double rolled = 1;
    bool anyCompleteAccurate = false;
    int withoutCompleteAccurate = 0;
    for (EntityId id : path) {
        const MapElement &e = *map.element(id);
        if (e.kind == ElementKind::Process) {
            if (!e.onTimeline)
                continue;
            const double ct = e.cycleTime.value_or(0);
            const double va = e.effectiveValueAdded();
            m.processTime += ct;
            m.valueAdded += va;
            m.ladder << LadderRung {e.id, e.name, false, ct, va};
            if (e.completeAccurate) {
                rolled *= *e.completeAccurate;
                anyCompleteAccurate = true;
            } else {
                ++withoutCompleteAccurate;
            }
        } else if (MapElement::isQueue(e.kind)) {
            const std::optional<double> wait = waitOf(e, demand);
            if (!wait && e.count)
                m.warnings << tr("%1: a count of %2 but no customer demand per day, so its wait "
                                 "is left out.")
                                  .arg(map.elementTitle(e))
                                  .arg(*e.count);
            m.waitTime += wait.value_or(0);
            m.ladder << LadderRung {e.id, e.name, true, wait.value_or(0), 0};
        }
    }
    m.leadTime = m.waitTime + m.processTime;
    if (m.leadTime > 0)
        m.flowEfficiency = m.valueAdded / m.leadTime;
    if (anyCompleteAccurate) {
        m.rolledCompleteAccurate = rolled;
        if (withoutCompleteAccurate > 0)
            m.notes << tr("Rolled %C&A counts %n step(s) without a %C&A as 100 %.", nullptr,
                          withoutCompleteAccurate);
    }

    QSet<EntityId> inFlow; // an end of any material arrow
    for (const Connector &c : map.connectors())
        if (c.isMaterialFlow())
            inFlow << c.from << c.to;
    double largest = -1;
    int leftOut = 0;
    bool allQueuesCounted = true;
    double pathInventory = 0;
    for (const MapElement &e : map.elements()) {
        if (MapElement::isQueue(e.kind) && e.count) {
            m.totalInventory += *e.count;
            if (onPath.contains(e.id))
                pathInventory += *e.count;
        }
        if (MapElement::isQueue(e.kind) && onPath.contains(e.id) && !e.count)
            allQueuesCounted = false;
        if (e.kind == ElementKind::FifoLane && e.count && e.maxCount && *e.count > *e.maxCount)
            m.warnings << tr("%1: the FIFO lane holds %2, more than its maximum of %3.")
                              .arg(map.elementTitle(e))
                              .arg(*e.count)
                              .arg(*e.maxCount);
        if (MapElement::isQueue(e.kind) && !inFlow.contains(e.id)) {
            if (const auto wait = waitOf(e, demand)) {
                m.offFlow << e.id;
                m.warnings << tr("Queue \"%1\" is not in the flow: its %2 is not in the lead "
                                 "time.")
                                  .arg(map.elementTitle(e), m.formatTime(*wait));
            }
        }
        if (e.kind != ElementKind::Process)
            continue;
        if (!inFlow.contains(e.id) && e.cycleTime) {
            m.offFlow << e.id;
            m.warnings << tr("Step \"%1\" is not in the flow: its cycle time of %2 is not in "
                             "the lead time.")
                              .arg(map.elementTitle(e), m.formatTime(*e.cycleTime));
        } else if (!onPath.contains(e.id) && e.cycleTime) {
            ++leftOut; // on a branch the timeline does not follow
        }
        const double ct = e.cycleTime.value_or(-1);
        if (e.cycleTime && ct > largest) {
            largest = ct;
            m.bottleneck = e.id;
            m.bottleneckName = map.elementTitle(e);
        }
        if (m.taktTime && e.cycleTime && *e.cycleTime > *m.taktTime) {
            m.overTakt << e.id;
            m.overTaktNames << map.elementTitle(e);
        }
        if (e.valueAdded && e.cycleTime && *e.valueAdded > *e.cycleTime)
            m.warnings << tr("%1: value-added time (%2) is longer than the cycle time (%3).")
                              .arg(map.elementTitle(e), Duration::format(*e.valueAdded),
                                   Duration::format(*e.cycleTime));
        if (e.uptime && *e.uptime > 1)
            m.warnings << tr("%1: uptime is over 100 %.").arg(map.elementTitle(e));
        if (e.completeAccurate && (*e.completeAccurate > 1 || *e.completeAccurate < 0))
            m.warnings << tr("%1: %C&A must lie between 0 and 100 %.").arg(map.elementTitle(e));
    }
    if (leftOut > 0)
        m.notes << tr("%n step(s) with a cycle time are not on the flow path and are left out of "
                      "the timeline.",
                      nullptr, leftOut);
    // Little's law only speaks when every queue on the path was counted: then WIP is known.
    if (allQueuesCounted && pathInventory > 0 && demand && *demand > 0 && m.leadTime > 0) {
        const double expected = *demand * m.leadTime / Duration::Day;
        const double ratio = pathInventory / expected;
        if (ratio > 2 || ratio < 0.5)
            m.warnings << tr("Little's law: %1 units in the queues, but the demand and the lead "
                             "time imply about %2. Check the counts and the demand.")
                              .arg(pathInventory)
                              .arg(qRound(expected));
    }
    return m;
}

} // namespace Takt
