#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Takt {

struct MapMetrics;

/** The figures of a map as rows of text, optionally read against the map it was derived
 *  from, and as JSON: what the metrics panel shows, the session pack prints and the command
 *  line writes, worded once. */
class MetricsTable
{
    Q_DECLARE_TR_FUNCTIONS(MetricsTable)

public:
    struct Row
    {
        QString label;
        QString value;
        QString baseline; // the figure of the map it was derived from
        QString change; // "−52 %"
        int trend = 0; // +1 better, −1 worse, 0 neutral or unknown
    };

    static QList<Row> rows(const MapMetrics &metrics, const MapMetrics *baseline = nullptr);
    /** The figures in SI units (seconds, fractions), as `takt metrics --json` prints them. */
    static QJsonObject json(const MapMetrics &metrics, const QString &mapName);
    static QString percent(double fraction);
    /** (now − before) ÷ before as a signed percentage; empty when before is 0. */
    static QString change(double now, double before);
    /** The change of a share (flow efficiency, %C&A) in percentage points: 4.1 % to 12.6 % is
     *  "+8.5 pp", not "+206 %", as facilitators read it. */
    static QString pointChange(double now, double before);
};

} // namespace Takt
