#include "comparisonsection.h"

#include "document/document.h"
#include "mapmetrics.h"
#include "mapstore.h"
#include "metricstable.h"
#include "pack/packcomposer.h"
#include "valuestreammap.h"

namespace Takt {

namespace {
/** The map @p map was derived from, if it is in the document and the pack. */
const ValueStreamMap *
baseOf(const MapStore &maps, const ValueStreamMap &map, const PackOptions &options)
{
    return options.includesItem(map.id()) ? maps.map(map.derivedFrom()) : nullptr;
}
} // namespace

bool ComparisonSection::hasContent(const Document &document, const PackOptions &options) const
{
    const MapStore &maps = *MapStore::of(document);
    for (const ValueStreamMap *map : maps.maps())
        if (baseOf(maps, *map, options))
            return true;
    return false;
}

void ComparisonSection::write(PackComposer &composer, const Document &document) const
{
    const MapStore &maps = *MapStore::of(document);
    bool first = true;
    for (const ValueStreamMap *map : maps.maps()) {
        const ValueStreamMap *base = baseOf(maps, *map, composer.options());
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
