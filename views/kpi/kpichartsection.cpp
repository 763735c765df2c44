#include "kpichartsection.h"

#include "document/document.h"
#include "editor/chartpainter.h"
#include "kpi/kpireading.h"
#include "kpi/kpistore.h"
#include "pack/packcomposer.h"
#include "xmrchartview.h"

#include <QChart>
#include <QPainter>

#include <memory>

namespace Takt {

bool KpiChartSection::hasContent(const Document &document, const PackOptions &options) const
{
    if (!ChartPainter::canDraw())
        return false;
    for (EntityId id : KpiStore::of(document)->artefacts())
        if (options.includesItem(id))
            return true;
    return false;
}

int KpiChartSection::workUnits(const Document &document, const PackOptions &) const
{
    return std::max(1, int(KpiStore::of(document)->artefacts().size()));
}

void KpiChartSection::write(PackComposer &composer, const Document &document) const
{
    const KpiStore &store = *KpiStore::of(document);
    bool first = true;
    for (EntityId id : store.artefacts()) {
        if (!composer.options().includesItem(id))
            continue;
        const Kpi &kpi = *store.kpi(id);
        const QList<Measurement> series = store.series(id);
        const XmrChart::Result chart = store.chart(id, series);
        if (first) {
            composer.beginSection(title(), QPageLayout::Landscape);
            composer.heading(title());
        } else {
            composer.newPage(QPageLayout::Landscape);
        }
        first = false;
        composer.subheading(kpi.name);
        composer.paragraph(KpiReading::text(kpi, series, chart));
        // Both panels in one drawing: the individuals over the moving ranges, 3 : 2.
        const QRectF bounds(0, 0, 760, 500);
        composer.figure(bounds, [&](QPainter *painter, const QRectF &) {
            ChartPainter::render(painter, XmrChartView::individualsChart(kpi, series, chart),
                                 QRectF(0, 0, bounds.width(), bounds.height() * 0.6));
            ChartPainter::render(
                painter, XmrChartView::movingRangeChart(kpi, series, chart),
                QRectF(0, bounds.height() * 0.6, bounds.width(), bounds.height() * 0.4));
        });
        if (!composer.step())
            return;
    }
}

} // namespace Takt
