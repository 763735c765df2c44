#pragma once

#include "kpi/kpi.h"
#include "kpi/measurement.h"
#include "kpi/xmrchart.h"

#include <QWidget>

class QChart;
class QLabel;

namespace Takt {

class ChartView;

/**
 * A KPI's XmR chart, drawn with Qt Charts: the individuals above (the points, the centre line,
 * the natural process limits of each phase), the moving ranges below (mR̄ and the upper range
 * limit), the reading under both. Readable on a projector: large type, thick lines, the
 * Okabe–Ito colours, and signals marked by shape (a large square) as well as by colour.
 */
class XmrChartView : public QWidget
{
    Q_OBJECT

public:
    explicit XmrChartView(QWidget *parent = nullptr);

    void display(const Kpi &kpi, const QList<Measurement> &series, const XmrChart::Result &chart);

    QChart *individuals() const;
    QChart *movingRanges() const;
    QString reading() const;
    ChartView *individualsView() const { return m_individuals; }
    ChartView *movingRangesView() const { return m_movingRanges; }
    /** Both panels and the reading, as shown, into a PNG or SVG file: an error, or "". */
    QString saveImage(const QString &path) const;
    /** Asks where, then saves (the context menu's and the KPI menu's Save as Image…). */
    void saveImageAs();

    /** The two panels of @p chart, built fresh (for the screen, an image or a page). */
    static QChart *individualsChart(const Kpi &kpi,
                                    const QList<Measurement> &series,
                                    const XmrChart::Result &chart);
    static QChart *movingRangeChart(const Kpi &kpi,
                                    const QList<Measurement> &series,
                                    const XmrChart::Result &chart);

private:
    /** "12 Mar 2026 (point 12): 6.4 h – after the cache fix": what a hovered point says. */
    QString pointText(const QPointF &point, bool movingRange) const;

    ChartView *m_individuals;
    ChartView *m_movingRanges;
    QLabel *m_reading;
    QString m_name;
    QString m_unit;
    QList<Measurement> m_series;
};

} // namespace Takt
