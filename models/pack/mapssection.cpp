#include "mapssection.h"

#include "common/duration.h"
#include "document/document.h"
#include "packcomposer.h"
#include "vsm/mapmetrics.h"
#include "vsm/metricstable.h"
#include "vsm/valuestreammap.h"

#include <QLocale>

namespace Takt {

namespace {
QString orDash(const std::optional<double> &value, const std::function<QString(double)> &format)
{
    return value ? format(*value) : QStringLiteral("–");
}
} // namespace

bool MapsSection::hasContent(const Document &document) const
{
    return !document.maps().isEmpty();
}

int MapsSection::workUnits(const Document &document) const
{
    return int(document.maps().size());
}

void MapsSection::write(PackComposer &composer, const Document &document) const
{
    for (const ValueStreamMap *map : document.maps()) {
        const MapMetrics metrics = MapMetrics::compute(*map, document.map(map->derivedFrom()));
        composer.beginSection(map->name(), QPageLayout::Landscape);
        // "… - current state · Current state" says it twice: name the state only if needed.
        const QString state = ValueStreamMap::stateName(map->state());
        composer.subheading(map->name().contains(state, Qt::CaseInsensitive)
                                ? map->name()
                                : QStringLiteral("%1 · %2").arg(map->name(), state));
        // The figures in two pairs of columns under the map, on the same page.
        const auto figures = MetricsTable::rows(metrics);
        composer.map(*map, metrics, 24 + 20 * ((figures.size() + 1) / 2));
        QList<QStringList> rows;
        const int half = int(figures.size() + 1) / 2;
        for (int i = 0; i < half; ++i)
            rows << QStringList{figures.at(i).label, figures.at(i).value,
                                figures.value(i + half).label, figures.value(i + half).value};
        composer.table({{tr("Figure"), 2}, {tr("Value"), 2}, {tr("Figure"), 2}, {tr("Value"), 3}},
                       rows);

        composer.newPage(QPageLayout::Portrait);
        composer.heading(tr("Data boxes: %1").arg(map->name()));
        QStringList basis;
        if (map->demandPerDay())
            basis << tr("Customer demand: %1 per day").arg(QLocale().toString(*map->demandPerDay()));
        if (map->availableTimePerDay())
            basis << tr("Available time: %1 per day").arg(Duration::format(*map->availableTimePerDay()));
        basis << tr("Lead time = waits + cycle times along the flow; 1 d = 24 h.");
        composer.paragraph(basis.join(QStringLiteral(". ")), true);
        for (const QString &note : metrics.notes)
            composer.paragraph(note, true);
        if (!metrics.warnings.isEmpty()) {
            composer.subheading(tr("Warnings"));
            for (const QString &warning : metrics.warnings)
                composer.paragraph(QStringLiteral("⚠ ") + warning);
        }

        composer.subheading(tr("Steps"));
        QList<QStringList> steps;
        QList<int> overTakt;
        auto duration = [](double s) { return Duration::format(s); };
        for (const MapElement &e : map->elements()) {
            if (e.kind == ElementKind::Process) {
                if (metrics.overTakt.contains(e.id))
                    overTakt << int(steps.size());
                steps << QStringList{e.name,
                                     orDash(e.cycleTime, duration),
                                     orDash(e.changeover, duration),
                                     orDash(e.uptime, &MetricsTable::percent),
                                     orDash(e.completeAccurate, &MetricsTable::percent),
                                     e.cycleTime || e.valueAdded ? duration(e.effectiveValueAdded())
                                                                 : QStringLiteral("–"),
                                     e.operators ? QLocale().toString(*e.operators)
                                                 : QStringLiteral("–")};
            } else if (MapMetrics::waitOf(e, map->demandPerDay()) || e.count) {
                const auto wait = MapMetrics::waitOf(e, map->demandPerDay());
                QString waitText = wait ? duration(*wait) : QStringLiteral("–");
                if (e.count)
                    waitText = tr("%1 (%2 queued)").arg(waitText, QLocale().toString(*e.count));
                steps << QStringList{QStringLiteral("△ ") + e.name, waitText};
            }
        }
        composer.table({{tr("Step"), 2.8},
                        {tr("C/T or wait"), 2, true},
                        {tr("C/O"), 1.1, true},
                        {tr("Uptime"), 1.2, true},
                        {tr("%C&A"), 1.1, true},
                        {tr("VA"), 1.1, true},
                        {tr("Operators"), 1.6, true}},
                       steps, overTakt);
        if (!overTakt.isEmpty())
            composer.paragraph(tr("Highlighted: cycle time over takt."), true);
        if (!composer.step())
            return;
    }
}

} // namespace Takt
