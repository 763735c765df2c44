#pragma once

#include <QCoreApplication>
#include <QString>

class QChart;

namespace Takt {

struct MapMetrics;

/**
 * A map's figures as Qt Charts charts, live from its MapMetrics: the operator balance
 * (yamazumi: each step's cycle time, value-added and not, against the takt line; a step over
 * takt says so in its label) and the timeline as a waterfall of waits and process times,
 * cumulative to the lead time. The same charts for the screen and the pack.
 */
class ValueStreamCharts
{
    Q_DECLARE_TR_FUNCTIONS(ValueStreamCharts)

public:
    static QChart *operatorBalance(const QString &mapName, const MapMetrics &metrics);
    static QChart *waterfall(const QString &mapName, const MapMetrics &metrics);
    /** A future state against its current one: lead time, value-added time, flow efficiency,
     *  inventory and rolled %C&A as grouped bars, each as a share of the current state's
     *  figure (100), its change written under it. */
    static QChart *currentAgainstFuture(const QString &futureName,
                                        const MapMetrics &current,
                                        const MapMetrics &future);
};

} // namespace Takt
