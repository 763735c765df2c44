#pragma once

#include "kpi.h"
#include "measurement.h"
#include "xmrchart.h"

#include <QCoreApplication>

namespace Takt {

/** What a KPI's XmR chart says, in the room's words: "Predictable between 3.2 and 5.1 h",
 *  "Shifted upward since 12 Mar 2026: 9 points above the centre line". */
class KpiReading
{
    Q_DECLARE_TR_FUNCTIONS(KpiReading)

public:
    static QString
    text(const Kpi &kpi, const QList<Measurement> &series, const XmrChart::Result &chart);
    /** @p value to three significant figures, with @p unit: "4.21 h". */
    static QString figure(double value, const QString &unit);
    /** "12 Mar 2026" (or with its time) for a stored time. */
    static QString when(const QString &takenAt);
};

} // namespace Takt
