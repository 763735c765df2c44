#include "metricstable.h"

#include "common/duration.h"
#include "mapmetrics.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace Takt {

QString MetricsTable::percent(double fraction)
{
    // One decimal, as facilitators quote flow efficiency ("4.1 %"); none when it is whole.
    const double p = std::round(fraction * 1000) / 10;
    return QStringLiteral("%1 %").arg(QLocale().toString(p, 'f', p == std::round(p) ? 0 : 1));
}

QString MetricsTable::change(double now, double before)
{
    if (before == 0)
        return {};
    const double p = (now - before) / before * 100;
    const QString number = QLocale().toString(std::fabs(p), 'f', std::fabs(p) < 10 ? 1 : 0);
    if (number == QLocale().toString(0.0, 'f', std::fabs(p) < 10 ? 1 : 0))
        return QStringLiteral("±0 %");
    return (p < 0 ? QStringLiteral("−") : QStringLiteral("+")) + number + QStringLiteral(" %");
}

QString MetricsTable::pointChange(double now, double before)
{
    const double points = std::round((now - before) * 1000) / 10;
    if (points == 0)
        return QStringLiteral("±0 pp");
    return (points < 0 ? QStringLiteral("−") : QStringLiteral("+"))
        + QLocale().toString(std::fabs(points), 'f', points == std::round(points) ? 0 : 1)
        + QStringLiteral(" pp");
}

QJsonObject MetricsTable::json(const MapMetrics &m, const QString &mapName)
{
    const auto optional
        = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    return QJsonObject {
        {QLatin1String("map"), mapName},
        {QLatin1String("takt_time_s"), optional(m.taktTime)},
        {QLatin1String("lead_time_s"), m.leadTime},
        {QLatin1String("waiting_s"), m.waitTime},
        {QLatin1String("process_time_s"), m.processTime},
        {QLatin1String("value_added_s"), m.valueAdded},
        {QLatin1String("total_inventory"), m.totalInventory},
        {QLatin1String("flow_efficiency"), optional(m.flowEfficiency)},
        {QLatin1String("rolled_complete_accurate"), optional(m.rolledCompleteAccurate)},
        {QLatin1String("bottleneck"), m.bottleneck ? QJsonValue(m.bottleneckName) : QJsonValue()},
        {QLatin1String("over_takt"), QJsonArray::fromStringList(m.overTaktNames)},
        {QLatin1String("warnings"), QJsonArray::fromStringList(m.warnings)},
    };
}

QList<MetricsTable::Row> MetricsTable::rows(const MapMetrics &m, const MapMetrics *b)
{
    const QString none = tr("–");
    QList<Row> rows;
    // lowerIsBetter: +1 when a fall is an improvement (lead time), −1 when a rise is.
    auto add
        = [&](const QString &label, std::optional<double> now, std::optional<double> before,
              const std::function<QString(double)> &format, int lowerIsBetter, bool share = false) {
              Row row;
              row.label = label;
              row.value = now ? format(*now) : none;
              if (b) {
                  row.baseline = before ? format(*before) : none;
                  if (now && before) {
                      row.change = share ? pointChange(*now, *before) : change(*now, *before);
                      if (*now != *before && lowerIsBetter != 0)
                          row.trend = ((*now < *before) == (lowerIsBetter > 0)) ? 1 : -1;
                  }
              }
              rows << row;
          };
    auto duration = [&m](double s) { return m.formatTime(s); }; // the chosen unit, if any
    auto count = [](double n) { return QLocale().toString(n, 'g', 6); };
    add(tr("Takt time"), m.taktTime, b ? b->taktTime : std::nullopt, duration, 0);
    add(tr("Lead time"), m.leadTime, b ? std::optional<double>(b->leadTime) : std::nullopt,
        duration, 1);
    add(tr("Waiting (inventory)"), m.waitTime,
        b ? std::optional<double>(b->waitTime) : std::nullopt, duration, 1);
    add(tr("Process time"), m.processTime, b ? std::optional<double>(b->processTime) : std::nullopt,
        duration, 1);
    add(tr("Value-added time"), m.valueAdded,
        b ? std::optional<double>(b->valueAdded) : std::nullopt, duration, 0);
    add(tr("Flow efficiency"), m.flowEfficiency, b ? b->flowEfficiency : std::nullopt,
        &MetricsTable::percent, -1, true);
    add(tr("Rolled %C&A"), m.rolledCompleteAccurate, b ? b->rolledCompleteAccurate : std::nullopt,
        &MetricsTable::percent, -1, true);
    add(tr("Total inventory"), m.totalInventory,
        b ? std::optional<double>(b->totalInventory) : std::nullopt, count, 1);

    Row bottleneck {tr("Bottleneck"), m.bottleneck ? m.bottleneckName : none, {}, {}, 0};
    if (b)
        bottleneck.baseline = b->bottleneck ? b->bottleneckName : none;
    rows << bottleneck;
    Row overTakt {tr("Steps over takt"),
                  m.overTaktNames.isEmpty() ? none : m.overTaktNames.join(QStringLiteral(", ")),
                  {},
                  {},
                  0};
    if (b)
        overTakt.baseline
            = b->overTaktNames.isEmpty() ? none : b->overTaktNames.join(QStringLiteral(", "));
    rows << overTakt;
    return rows;
}

} // namespace Takt
