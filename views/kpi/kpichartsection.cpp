#include "kpichartsection.h"

#include "document/document.h"
#include "kpi/kpireading.h"
#include "kpi/kpistore.h"
#include "pack/packcomposer.h"
#include "xmrchartview.h"

#include <QApplication>
#include <QChart>
#include <QGraphicsScene>
#include <QPainter>

#include <memory>

namespace Takt {

namespace {
/** Paints @p chart, laid out at @p size, into @p target of @p painter: vector on a PDF. */
void renderChart(QPainter *painter, QChart *chart, const QRectF &target)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns it from here
    chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
    scene.setSceneRect(chart->geometry());
    scene.render(painter, target, scene.sceneRect());
}
} // namespace

bool KpiChartSection::hasContent(const Document &document, const PackOptions &options) const
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
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
        const XmrChart::Result chart = store.chart(id);
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
            renderChart(painter, XmrChartView::individualsChart(kpi, series, chart),
                        QRectF(0, 0, bounds.width(), bounds.height() * 0.6));
            renderChart(painter, XmrChartView::movingRangeChart(kpi, series, chart),
                        QRectF(0, bounds.height() * 0.6, bounds.width(), bounds.height() * 0.4));
        });
        if (!composer.step())
            return;
    }
}

} // namespace Takt
