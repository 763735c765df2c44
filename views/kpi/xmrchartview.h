#pragma once

#include "kpi/kpi.h"
#include "kpi/measurement.h"
#include "kpi/xmrchart.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace Takt {

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

    /** The two panels of @p chart, built fresh (for the screen, an image or a page). */
    static QChart *individualsChart(const Kpi &kpi,
                                    const QList<Measurement> &series,
                                    const XmrChart::Result &chart);
    static QChart *movingRangeChart(const Kpi &kpi,
                                    const QList<Measurement> &series,
                                    const XmrChart::Result &chart);

private:
    QChartView *m_individuals;
    QChartView *m_movingRanges;
    QLabel *m_reading;
};

} // namespace Takt
