#include "mapproblem.h"

#include "mapmetrics.h"
#include "valuestreammap.h"

namespace Takt {

std::optional<FollowUp>
MapProblem::of(const ValueStreamMap &map, const MapMetrics &metrics, EntityId element)
{
    const MapElement *e = map.element(element);
    if (!e)
        return std::nullopt;
    FollowUp followUp;
    followUp.kind = FollowUp::Kind::RootCauseAnalysis;
    followUp.source = element;
    const QString name = e->name.simplified();
    switch (e->kind) {
    case ElementKind::KaizenBurst:
        followUp.what = name.isEmpty() ? tr("A kaizen burst") : name;
        followUp.notes = tr("A kaizen burst on the map \"%1\"").arg(map.name());
        break;
    case ElementKind::QualityProblem:
        followUp.what = name.isEmpty() ? tr("A quality problem") : name;
        followUp.notes = tr("A quality problem on the map \"%1\"").arg(map.name());
        break;
    case ElementKind::Process:
        if (!metrics.overTakt.contains(element) || !e->cycleTime || !metrics.taktTime)
            return std::nullopt;
        followUp.what = tr("%1: cycle time %2 over the takt time of %3")
                            .arg(name, metrics.formatTime(*e->cycleTime),
                                 metrics.formatTime(*metrics.taktTime));
        followUp.notes = tr("A step over takt on the map \"%1\" (lead time %2)")
                             .arg(map.name(), metrics.formatTime(metrics.leadTime));
        break;
    default:
        return std::nullopt;
    }
    return followUp;
}

} // namespace Takt
