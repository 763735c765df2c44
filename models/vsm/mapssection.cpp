#include "mapssection.h"

#include "common/duration.h"
#include "document/document.h"
#include "mapmetrics.h"
#include "mappainter.h"
#include "mapparts.h"
#include "mapstore.h"
#include "metricstable.h"
#include "pack/packcomposer.h"
#include "valuestreammap.h"

#include <QLocale>

#include <cmath>

namespace Takt {

namespace {
// 12-pixel map text at this scale prints at 7 pt: the smallest a room reads on paper.
constexpr qreal ReadableScale = 0.6;
// Beyond this many pages a map in parts is a poster, not a pack: the table carries it.
constexpr int MaxParts = 12;

/** The rest of a data box, so that nothing measured in the room is missing on paper. */
QString otherFigures(const MapElement &e)
{
    QStringList parts;
    const auto add = [&parts](ElementField field, const std::optional<int> &value) {
        if (value)
            parts << QStringLiteral("%1 %2").arg(MapElement::fieldName(field)).arg(*value);
    };
    add(ElementField::Shifts, e.shifts);
    add(ElementField::Batch, e.batch);
    add(ElementField::WipLimit, e.wipLimit);
    for (const auto &[key, value] : e.attributes)
        parts << QStringLiteral("%1: %2").arg(key, value);
    if (e.sharing != MapElement::Sharing::Dedicated)
        parts << (e.sharing == MapElement::Sharing::Shared ? MapsSection::tr("shared")
                                                           : MapsSection::tr("workcell"));
    return parts.join(QStringLiteral(", "));
}

QString orDash(const std::optional<double> &value, const std::function<QString(double)> &format)
{
    return value ? format(*value) : QStringLiteral("–");
}

QList<const ValueStreamMap *> mapsIn(const Document &document, const PackOptions &options)
{
    QList<const ValueStreamMap *> maps;
    for (const ValueStreamMap *map : MapStore::of(document)->maps())
        if (options.includesItem(map->id()))
            maps << map;
    return maps;
}
} // namespace

bool MapsSection::hasContent(const Document &document, const PackOptions &options) const
{
    return !mapsIn(document, options).isEmpty();
}

int MapsSection::workUnits(const Document &document, const PackOptions &options) const
{
    return int(mapsIn(document, options).size());
}

void MapsSection::write(PackComposer &composer, const Document &document) const
{
    const QFont font = MapPainter::mapFont();
    for (const ValueStreamMap *map : mapsIn(document, composer.options())) {
        const MapMetrics metrics = MapStore::of(document)->metrics(*map);
        const QRectF bounds = composer.cachedRect(QStringLiteral("map %1").arg(map->id()), [&] {
            return MapPainter::mapBounds(*map, metrics, font);
        });
        const auto paint = [&](QPainter *painter, const QRectF &visible) {
            MapPainter::paintMap(painter, *map, metrics, font, visible);
        };
        composer.beginSection(map->name(), QPageLayout::Landscape);
        // "… - current state · Current state" says it twice: name the state only if needed.
        const QString state = ValueStreamMap::stateName(map->state());
        composer.subheading(map->name().contains(state, Qt::CaseInsensitive)
                                ? map->name()
                                : QStringLiteral("%1 · %2").arg(map->name(), state));
        // The figures in two pairs of columns under the map, on the same page.
        const auto figures = MetricsTable::rows(metrics);
        const qreal scale = composer.figure(bounds, paint, 24 + 20 * ((figures.size() + 1) / 2));
        QList<QStringList> rows;
        const int half = int(figures.size() + 1) / 2;
        for (int i = 0; i < half; ++i)
            rows << QStringList {figures.at(i).label, figures.at(i).value,
                                 figures.value(i + half).label, figures.value(i + half).value};
        composer.table({{tr("Figure"), 2}, {tr("Value"), 2}, {tr("Figure"), 2}, {tr("Value"), 3}},
                       rows);

        // A map too wide to read on one page (text under about 7 pt) follows in readable parts.
        if (scale < ReadableScale) {
            // Tall maps are cut into rows too; the title takes about 30 points of each page.
            const QList<QRectF> parts = MapParts::parts(
                *map, metrics, font, bounds,
                QSizeF(composer.contentWidth(), composer.pageContentHeight() - 30), ReadableScale);
            if (parts.size() > MaxParts) {
                composer.paragraph(tr("This map is too large to print readably in parts (%n "
                                      "pages); its steps follow in the table.",
                                      nullptr, int(parts.size())),
                                   true);
            } else {
                for (int i = 0; i < parts.size(); ++i) {
                    composer.newPage(QPageLayout::Landscape);
                    composer.subheading(
                        tr("%1 (part %2 of %3)").arg(map->name()).arg(i + 1).arg(parts.size()));
                    composer.figurePart(parts.at(i), ReadableScale, paint);
                }
            }
        }

        composer.newPage(QPageLayout::Portrait);
        composer.heading(tr("Data boxes: %1").arg(map->name()));
        QStringList basis;
        if (map->demandPerDay())
            basis
                << tr("Customer demand: %1 per day").arg(QLocale().toString(*map->demandPerDay()));
        if (map->availableTimePerDay())
            basis << tr("Available time: %1 per day")
                         .arg(Duration::format(*map->availableTimePerDay()));
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
        QStringList measuredBy; // the steps whose cycle time a KPI measured
        auto duration = [&metrics](double s) { return metrics.formatTime(s); };
        for (const MapElement &e : map->elements()) {
            if (e.kind == ElementKind::Process) {
                if (metrics.overTakt.contains(e.id))
                    overTakt << int(steps.size());
                QString cycleTime = orDash(e.cycleTime, duration);
                if (const auto measured = metrics.measuredCycleTimes.constFind(e.id);
                    measured != metrics.measuredCycleTimes.constEnd()) {
                    cycleTime = tr("%1 (%2)").arg(cycleTime, metrics.spreadText(*measured));
                    measuredBy << tr("%1: measured by \"%2\", mean %3, median %4.")
                                      .arg(map->elementTitle(e), measured->sourceName,
                                           duration(measured->mean), duration(measured->median));
                }
                steps << QStringList {
                    map->elementTitle(e),
                    cycleTime,
                    orDash(e.changeover, duration),
                    orDash(e.uptime, &MetricsTable::percent),
                    orDash(e.completeAccurate, &MetricsTable::percent),
                    e.cycleTime || e.valueAdded ? duration(e.effectiveValueAdded())
                                                : QStringLiteral("–"),
                    e.operators ? QLocale().toString(*e.operators) : QStringLiteral("–"),
                    otherFigures(e)};
            } else if (MapMetrics::waitOf(e, map->demandPerDay()) || e.count) {
                const auto wait = MapMetrics::waitOf(e, map->demandPerDay());
                QString waitText = wait ? duration(*wait) : QStringLiteral("–");
                if (e.count)
                    waitText = tr("%1 (%2 queued)").arg(waitText, QLocale().toString(*e.count));
                steps << QStringList {QStringLiteral("△ ") + map->elementTitle(e), waitText};
            }
        }
        composer.table({{tr("Step"), 2.8},
                        {tr("C/T or wait"), 2, true},
                        {tr("C/O"), 1.1, true},
                        {tr("Uptime"), 1.2, true},
                        {tr("%C&A"), 1.1, true},
                        {tr("VA"), 1.1, true},
                        {tr("Operators"), 1.6, true},
                        {tr("Other"), 2.6}},
                       steps, overTakt);
        if (!overTakt.isEmpty())
            composer.paragraph(tr("Highlighted: cycle time over takt."), true);
        for (const QString &line : std::as_const(measuredBy))
            composer.paragraph(line, true);
        if (!composer.step())
            return;
    }
}

} // namespace Takt
