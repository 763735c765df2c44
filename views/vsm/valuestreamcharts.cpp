#include "valuestreamcharts.h"

#include "common/duration.h"
#include "vsm/mapmetrics.h"
#include "vsm/metricstable.h"

#include "editor/chartpainter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>

namespace Takt {

namespace {
// Okabe–Ito, as every chart (ChartPainter).
constexpr QColor ValueAdded = ChartPainter::Blue;
constexpr QColor NotValueAdded = ChartPainter::Orange;
constexpr QColor Waiting(0x99, 0x99, 0x99);
constexpr QColor Line = ChartPainter::Vermillion;

QBarSet *barSet(const QString &name, const QColor &colour, QObject *parent)
{
    auto *set = new QBarSet(name, parent);
    set->setColor(colour);
    set->setBorderColor(QColor(0x11, 0x11, 0x11));
    return set;
}

/** Category and value axes; the values in @p unit, from 0 to @p top. @p across: the
 *  categories down the left (each name read whole), the values along the bottom. */
void addAxes(QChart *chart,
             const QStringList &categories,
             Duration::Unit unit,
             double top,
             bool across = false)
{
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    x->setLabelsFont(ChartPainter::font(9));
    x->setTruncateLabels(false); // a step's name whole, or the room cannot tell which
    auto *y = new QValueAxis(chart);
    y->setTitleText(Duration::unitName(unit));
    y->setTitleFont(ChartPainter::font(10));
    y->setLabelsFont(ChartPainter::font(10));
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->applyNiceNumbers();
    chart->addAxis(x, across ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(y, across ? Qt::AlignBottom : Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}
} // namespace

QChart *ValueStreamCharts::operatorBalance(const QString &mapName, const MapMetrics &metrics)
{
    QChart *chart = ChartPainter::newChart(tr("%1: operator balance (▲ over takt)").arg(mapName));
    double longest = metrics.taktTime.value_or(0);
    for (const LadderRung &r : metrics.ladder)
        if (!r.isWait)
            longest = std::max(longest, r.seconds);
    const Duration::Unit unit = Duration::readableUnit(longest);
    const double per = Duration::secondsPer(unit);
    auto *bars = new QStackedBarSeries(chart);
    QBarSet *va = barSet(tr("Value-added"), ValueAdded, bars);
    QBarSet *nva = barSet(tr("Not value-added"), NotValueAdded, bars);
    QStringList steps;
    for (const LadderRung &r : metrics.ladder) {
        if (r.isWait)
            continue;
        // Over takt in words under the bar, not only by its height against the line.
        steps << (metrics.overTakt.contains(r.elementId) ? tr("▲ %1").arg(r.name) : r.name);
        *va << std::min(r.valueAdded, r.seconds) / per;
        *nva << std::max(0.0, r.seconds - r.valueAdded) / per;
    }
    bars->append({va, nva});
    chart->addSeries(bars);
    if (metrics.taktTime) {
        auto *takt = new QLineSeries(chart);
        takt->setName(tr("Takt time %1").arg(metrics.formatTime(*metrics.taktTime)));
        takt->setPen(QPen(Line, 3, Qt::DashLine));
        takt->append(
            {{-0.5, *metrics.taktTime / per}, {steps.size() - 0.5, *metrics.taktTime / per}});
        chart->addSeries(takt);
    }
    addAxes(chart, steps, unit, longest / per);
    return chart;
}

QChart *ValueStreamCharts::waterfall(const QString &mapName, const MapMetrics &metrics)
{
    QChart *chart = ChartPainter::newChart(tr("%1: timeline to the lead time").arg(mapName));
    const Duration::Unit unit = Duration::readableUnit(metrics.leadTime);
    const double per = Duration::secondsPer(unit);
    // Across, top to bottom as the work flows: the names whole down the left.
    auto *bars = new QHorizontalStackedBarSeries(chart);
    QBarSet *base = barSet(QString(), Qt::transparent, bars);
    base->setBorderColor(Qt::transparent);
    QBarSet *waits = barSet(tr("Waiting"), Waiting, bars);
    QBarSet *work = barSet(tr("Process time"), ValueAdded, bars);
    QStringList names;
    QList<std::array<double, 3>> rows; // base, waiting, process time
    double sum = 0;
    for (const LadderRung &r : metrics.ladder) {
        names << r.name;
        rows << std::array<double, 3> {sum / per, r.isWait ? r.seconds / per : 0,
                                       r.isWait ? 0 : r.seconds / per};
        sum += r.seconds;
    }
    names << tr("Lead time %1").arg(metrics.formatTime(metrics.leadTime));
    rows << std::array<double, 3> {0, (metrics.leadTime - metrics.processTime) / per,
                                   metrics.processTime / per};
    // A horizontal bar chart counts its categories from the bottom.
    std::reverse(names.begin(), names.end());
    std::reverse(rows.begin(), rows.end());
    for (const auto &row : rows) {
        *base << row[0];
        *waits << row[1];
        *work << row[2];
    }
    bars->append({base, waits, work});
    chart->addSeries(bars);
    chart->legend()->markers(bars).first()->setVisible(false); // the invisible base
    addAxes(chart, names, unit, metrics.leadTime / per, true);
    return chart;
}

QChart *ValueStreamCharts::currentAgainstFuture(const QString &futureName,
                                                const MapMetrics &current,
                                                const MapMetrics &future)
{
    QChart *chart = ChartPainter::newChart(tr("%1 against the current state").arg(futureName));
    auto *bars = new QBarSeries(chart);
    QBarSet *before = barSet(tr("Current state = 100"), Waiting, bars);
    QBarSet *after = barSet(tr("Future state"), ValueAdded, bars);
    QStringList figures;
    double top = 100;
    const auto add = [&](const QString &label, std::optional<double> now, std::optional<double> was,
                         bool share) {
        if (!now || !was || *was <= 0)
            return;
        const QString change
            = share ? MetricsTable::pointChange(*now, *was) : MetricsTable::change(*now, *was);
        figures << tr("%1<br>%2").arg(label, change); // the change in words under its bars (the
                                                      // axis takes rich text)
        *before << 100;
        *after << *now / *was * 100;
        top = std::max(top, *now / *was * 100);
    };
    add(tr("Lead time"), future.leadTime, current.leadTime, false);
    add(tr("Value-added time"), future.valueAdded, current.valueAdded, false);
    add(tr("Flow efficiency"), future.flowEfficiency, current.flowEfficiency, true);
    add(tr("Inventory"), future.totalInventory, current.totalInventory, false);
    add(tr("Rolled %C&A"), future.rolledCompleteAccurate, current.rolledCompleteAccurate, true);
    bars->append({before, after});
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis(chart);
    x->append(figures);
    x->setLabelsFont(ChartPainter::font(9));
    x->setTruncateLabels(false);
    auto *y = new QValueAxis(chart);
    y->setTitleText(tr("% of the current state"));
    y->setTitleFont(ChartPainter::font(10));
    y->setLabelsFont(ChartPainter::font(10));
    y->setRange(0, top * 1.1);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    return chart;
}

} // namespace Takt
