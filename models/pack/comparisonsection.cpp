#include "comparisonsection.h"

#include "document/document.h"
#include "packcomposer.h"
#include "vsm/mapmetrics.h"
#include "vsm/metricstable.h"
#include "vsm/valuestreammap.h"

namespace Takt {

bool ComparisonSection::hasContent(const Document &document) const
{
    for (const ValueStreamMap *map : document.maps())
        if (map->derivedFrom() && document.map(map->derivedFrom()))
            return true;
    return false;
}

void ComparisonSection::write(PackComposer &composer, const Document &document) const
{
    bool first = true;
    for (const ValueStreamMap *map : document.maps()) {
        const ValueStreamMap *base
            = map->derivedFrom() ? document.map(map->derivedFrom()) : nullptr;
        if (!base)
            continue;
        if (first) {
            composer.beginSection(title());
            composer.heading(title());
        } else {
            composer.space(18);
        }
        first = false;
        composer.subheading(tr("%1 against %2").arg(map->name(), base->name()));
        const MapMetrics now = MapMetrics::compute(*map);
        const MapMetrics before = MapMetrics::compute(*base);
        QList<QStringList> rows;
        for (const MetricsTable::Row &row : MetricsTable::rows(now, &before))
            rows << QStringList {row.label, row.baseline, row.value, row.change};
        composer.table({{tr("Figure"), 2.2},
                        {ValueStreamMap::stateName(base->state()), 2, true},
                        {ValueStreamMap::stateName(map->state()), 2, true},
                        {tr("Change"), 1.2, true}},
                       rows);
    }
    composer.step();
}

} // namespace Takt
