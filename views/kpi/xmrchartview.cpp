#include "xmrchartview.h"

#include "editor/chartpainter.h"
#include "editor/chartview.h"
#include "kpi/kpireading.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Takt {

namespace {
// Okabe–Ito, as every chart (ChartPainter).
constexpr QColor Points = ChartPainter::Blue;
constexpr QColor Signal = ChartPainter::Vermillion;
constexpr QColor Centre = ChartPainter::Ink;
constexpr QColor Limit = ChartPainter::Grey;
constexpr QColor Target = ChartPainter::BluishGreen;

void addLine(QChart *chart,
             const QString &name,
             const QList<QPointF> &points,
             const QColor &c,
             Qt::PenStyle style,
             qreal width,
             bool inLegend = true)
{
    auto *line = new QLineSeries(chart);
    line->setName(name);
    line->append(points);
    line->setPen(QPen(c, width, style));
    chart->addSeries(line);
    if (!inLegend)
        chart->legend()->markers(line).first()->setVisible(false);
}

/** Axes over every series: points from 1 along x, the values' span (with a margin) up y,
 *  never below @p floor (a moving range is never negative). */
void addAxes(QChart *chart, int points, const QString &unit, bool xTitle, qreal floor = -1e300)
{
    auto *x = new QValueAxis(chart);
    if (xTitle)
        x->setTitleText(XmrChartView::tr("Point"));
    x->setRange(0.5, std::max(points, 1) + 0.5);
    x->setLabelFormat(QStringLiteral("%d"));
    // Ticks on round point numbers: 1, 2, 5, 10, 20, 50… apart, about six of them.
    qreal step = 1;
    for (int i = 0; points / step > 6; ++i)
        step *= (i % 3 == 1) ? 2.5 : 2;
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(step);
    x->setLabelsFont(ChartPainter::font(10));
    x->setTitleFont(ChartPainter::font(10));
    auto *y = new QValueAxis(chart);
    y->setTitleText(unit);
    y->setLabelsFont(ChartPainter::font(10));
    y->setTitleFont(ChartPainter::font(10));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    qreal low = 0, high = 1;
    bool first = true;
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
        for (const QPointF &p : static_cast<QXYSeries *>(series)->points()) {
            low = first ? p.y() : std::min(low, p.y());
            high = first ? p.y() : std::max(high, p.y());
            first = false;
        }
    }
    const qreal margin = (high - low) * 0.08 + (high == low ? 1 : 0);
    y->setRange(std::max(floor, low - margin), high + margin);
    y->applyNiceNumbers();
    if (y->min() < floor)
        y->setMin(floor);
}

/** More points than a screen has pixels across are drawn as each bucket's lowest and highest,
 *  in order: the same line to the eye, a fraction of the work (a 10,000-point series). */
QList<QPointF> decimated(const QList<QPointF> &points, int most = 1600)
{
    if (points.size() <= most)
        return points;
    const int bucket = int((points.size() + most / 2 - 1) / (most / 2));
    QList<QPointF> kept;
    kept.reserve(most + 2);
    for (int start = 0; start < points.size(); start += bucket) {
        const int end = std::min(int(points.size()), start + bucket);
        int low = start, high = start;
        for (int i = start; i < end; ++i) {
            if (points.at(i).y() < points.at(low).y())
                low = i;
            if (points.at(i).y() > points.at(high).y())
                high = i;
        }
        kept << points.at(std::min(low, high));
        if (low != high)
            kept << points.at(std::max(low, high));
    }
    return kept;
}

QScatterSeries *signalMarks(QChart *chart, const QString &name)
{
    auto *marks = new QScatterSeries(chart);
    marks->setName(name);
    marks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    marks->setMarkerSize(16);
    marks->setColor(Signal);
    marks->setBorderColor(Centre);
    return marks;
}
} // namespace

XmrChartView::XmrChartView(QWidget *parent)
    : QWidget(parent)
    , m_individuals(new ChartView(this))
    , m_movingRanges(new ChartView(this))
    , m_reading(new QLabel(this))
{
    m_individuals->setObjectName(QStringLiteral("individuals"));
    m_movingRanges->setObjectName(QStringLiteral("moving_ranges"));
    m_reading->setObjectName(QStringLiteral("reading"));
    m_reading->setWordWrap(true);
    QFont big = m_reading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_reading->setFont(big);
    // A measurement says its date and note; a line (centre, limit, target) its value.
    const auto text = [this](const QXYSeries *series, const QPointF &p, bool movingRange) {
        const QStringList data {tr("Measured"), tr("Signal"), tr("Moving range"),
                                tr("Jump above the limit")};
        if (data.contains(series->name()))
            return pointText(p, movingRange);
        QString value = QLocale().toString(p.y(), 'g', 4);
        return tr("%1: %2").arg(series->name(),
                                m_unit.isEmpty() ? value : tr("%1 %2").arg(value, m_unit));
    };
    m_individuals->setPointText(
        [text](const QXYSeries *s, const QPointF &p) { return text(s, p, false); });
    m_movingRanges->setPointText(
        [text](const QXYSeries *s, const QPointF &p) { return text(s, p, true); });
    for (ChartView *view : {m_individuals, m_movingRanges})
        connect(view, &ChartView::saveRequested, this, &XmrChartView::saveImageAs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_individuals, 3);
    layout->addWidget(m_movingRanges, 2);
    layout->addWidget(m_reading);
}

QChart *XmrChartView::individuals() const
{
    return m_individuals->chart();
}

QChart *XmrChartView::movingRanges() const
{
    return m_movingRanges->chart();
}

QString XmrChartView::reading() const
{
    return m_reading->text();
}

void XmrChartView::display(const Kpi &kpi,
                           const QList<Measurement> &series,
                           const XmrChart::Result &chart)
{
    m_name = kpi.name;
    m_unit = kpi.unit;
    m_series = series;
    m_individuals->showChart(individualsChart(kpi, series, chart));
    m_movingRanges->showChart(movingRangeChart(kpi, series, chart));
    // The two panels share their points: zoomed along x, the moving ranges follow.
    const auto x
        = [](QChart *c) { return qobject_cast<QValueAxis *>(c->axes(Qt::Horizontal).value(0)); };
    if (QValueAxis *top = x(m_individuals->chart()), *bottom = x(m_movingRanges->chart());
        top && bottom) {
        bottom->setRange(top->min(), top->max());
        connect(top, &QValueAxis::rangeChanged, bottom,
                [bottom](qreal min, qreal max) { bottom->setRange(min, max); });
    }
    m_reading->setText(KpiReading::text(kpi, series, chart));
}

QString XmrChartView::pointText(const QPointF &point, bool movingRange) const
{
    const int index = qRound(point.x()) - 1;
    if (index < 0 || index >= m_series.size())
        return {};
    const Measurement &m = m_series.at(index);
    const QDateTime time = Measurement::parseTime(m.takenAt);
    const QString when = time.time() == QTime(0, 0)
        ? QLocale().toString(time.date(), QLocale::ShortFormat)
        : QLocale().toString(time, QLocale::ShortFormat);
    QString value = QLocale().toString(point.y(), 'g', 4);
    if (!m_unit.isEmpty())
        value = tr("%1 %2").arg(value, m_unit);
    QString text = movingRange ? tr("%1 (point %2): moving range %3") : tr("%1 (point %2): %3");
    text = text.arg(when, QString::number(index + 1), value);
    if (!m.note.isEmpty() && !movingRange)
        text = tr("%1 – %2").arg(text, m.note);
    return text;
}

QString XmrChartView::saveImage(const QString &path) const
{
    return ChartView::saveImage({m_individuals, m_movingRanges}, m_reading->text(), path);
}

void XmrChartView::saveImageAs()
{
    ChartView::saveImageAs(window(), {m_individuals, m_movingRanges}, m_reading->text(), m_name);
}

QChart *XmrChartView::individualsChart(const Kpi &kpi,
                                       const QList<Measurement> &series,
                                       const XmrChart::Result &chart)
{
    QChart *c = ChartPainter::newChart(tr("%1: individuals").arg(kpi.name));
    QList<QPointF> points;
    for (int i = 0; i < series.size(); ++i)
        points << QPointF(i + 1, series.at(i).value);
    addLine(c, tr("Measured"), decimated(points), Points, Qt::SolidLine, 3);
    bool first = true;
    for (const XmrChart::Phase &p : chart.phases) {
        const qreal from = p.start + 0.5, to = p.end + 0.5;
        const XmrChart::Limits &l = p.limits;
        addLine(c, tr("Centre line"), {{from, l.centre}, {to, l.centre}}, Centre, Qt::SolidLine, 2,
                first);
        addLine(c, tr("Natural process limits"), {{from, l.unpl}, {to, l.unpl}}, Limit,
                Qt::DashLine, 2, first);
        addLine(c, QString(), {{from, l.lnpl}, {to, l.lnpl}}, Limit, Qt::DashLine, 2, false);
        first = false;
    }
    if (kpi.target) // dotted: told from the limits by its pattern, not only its colour
        addLine(c, tr("Target"), {{0.5, *kpi.target}, {series.size() + 0.5, *kpi.target}}, Target,
                Qt::DotLine, 3);
    QScatterSeries *marks = signalMarks(c, tr("Signal"));
    for (const XmrChart::Signal &s : chart.signalsFound)
        if (s.rule != XmrChart::Rule::MovingRange && !marks->points().contains(points.at(s.index)))
            marks->append(points.at(s.index));
    c->addSeries(marks);
    addAxes(c, int(series.size()), kpi.unit, true);
    return c;
}

QChart *XmrChartView::movingRangeChart(const Kpi &kpi,
                                       const QList<Measurement> &series,
                                       const XmrChart::Result &chart)
{
    QChart *c = ChartPainter::newChart(tr("%1: moving ranges").arg(kpi.name));
    auto *ranges = new QLineSeries(c);
    ranges->setName(tr("Moving range"));
    ranges->setPen(QPen(Points, 3));
    // A phase's first point has no moving range: the line breaks there.
    QList<QPointF> run;
    bool firstRun = true;
    const auto flush = [&] {
        if (run.isEmpty())
            return;
        addLine(c, tr("Moving range"), decimated(run), Points, Qt::SolidLine, 3, firstRun);
        firstRun = false;
        run.clear();
    };
    for (int i = 0; i < chart.movingRanges.size(); ++i) {
        if (!chart.movingRanges.at(i)) {
            flush();
            continue;
        }
        run << QPointF(i + 1, *chart.movingRanges.at(i));
    }
    flush();
    delete ranges;
    bool first = true;
    for (const XmrChart::Phase &p : chart.phases) {
        const qreal from = p.start + 0.5, to = p.end + 0.5;
        addLine(c, tr("Average moving range"), {{from, p.limits.mrBar}, {to, p.limits.mrBar}},
                Centre, Qt::SolidLine, 2, first);
        addLine(c, tr("Upper range limit"), {{from, p.limits.url}, {to, p.limits.url}}, Limit,
                Qt::DashLine, 2, first);
        first = false;
    }
    QScatterSeries *marks = signalMarks(c, tr("Jump above the limit"));
    for (const XmrChart::Signal &s : chart.signalsFound)
        if (s.rule == XmrChart::Rule::MovingRange && chart.movingRanges.at(s.index))
            marks->append(QPointF(s.index + 1, *chart.movingRanges.at(s.index)));
    c->addSeries(marks);
    // Beside, not under: the lower panel is the smaller one.
    c->legend()->setAlignment(Qt::AlignRight);
    addAxes(c, int(series.size()), kpi.unit, false, 0);
    return c;
}

} // namespace Takt
