#include "mapchartssection.h"

#include "document/document.h"
#include "editor/chartpainter.h"
#include "pack/packcomposer.h"
#include "valuestreamcharts.h"
#include "vsm/mapmetrics.h"
#include "vsm/mapstore.h"
#include "vsm/valuestreammap.h"

namespace Takt {

bool MapChartsSection::hasContent(const Document &document, const PackOptions &options) const
{
    if (!ChartPainter::canDraw())
        return false;
    for (const ValueStreamMap *map : MapStore::of(document)->maps())
        if (options.includesItem(map->id()) && !map->elements().isEmpty())
            return true;
    return false;
}

int MapChartsSection::workUnits(const Document &document, const PackOptions &) const
{
    return std::max(1, int(MapStore::of(document)->maps().size()));
}

void MapChartsSection::write(PackComposer &composer, const Document &document) const
{
    const MapStore &maps = *MapStore::of(document);
    bool first = true;
    for (const ValueStreamMap *map : maps.maps()) {
        if (!composer.options().includesItem(map->id()) || map->elements().isEmpty())
            continue;
        const MapMetrics metrics = MapMetrics::compute(*map, maps.map(map->derivedFrom()));
        if (first) {
            composer.beginSection(title(), QPageLayout::Landscape);
            composer.heading(title());
        } else {
            composer.newPage(QPageLayout::Landscape);
        }
        first = false;
        composer.subheading(map->name());
        // The waterfall has a row per step and queue: it takes the larger share.
        const QRectF bounds(0, 0, 700, 640);
        const qreal split = bounds.height() * 0.4;
        composer.figure(bounds, [&](QPainter *painter, const QRectF &) {
            ChartPainter::render(painter, ValueStreamCharts::operatorBalance(map->name(), metrics),
                                 QRectF(0, 0, bounds.width(), split));
            ChartPainter::render(painter, ValueStreamCharts::waterfall(map->name(), metrics),
                                 QRectF(0, split, bounds.width(), bounds.height() - split));
        });
        // A future state: its change against its current state, on a page of its own.
        if (const ValueStreamMap *base = maps.map(map->derivedFrom())) {
            composer.newPage(QPageLayout::Landscape);
            composer.subheading(tr("%1 against %2").arg(map->name(), base->name()));
            const MapMetrics was = MapMetrics::compute(*base);
            composer.figure(QRectF(0, 0, 700, 420), [&](QPainter *painter, const QRectF &r) {
                ChartPainter::render(
                    painter, ValueStreamCharts::currentAgainstFuture(map->name(), was, metrics), r);
            });
        }
        if (!composer.step())
            return;
    }
}

} // namespace Takt
