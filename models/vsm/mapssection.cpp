#include "mapssection.h"

#include "common/duration.h"
#include "document/document.h"
#include "mapmetrics.h"
#include "mappainter.h"
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

/** Where to cut a wide map into parts of at most @p width: between elements where it can,
 *  so that no box is split across two pages. Returns the edges, first to last. */
QList<qreal> partCuts(const ValueStreamMap &map,
                      const MapMetrics &metrics,
                      const QFont &font,
                      const QRectF &bounds,
                      qreal width)
{
    QList<QPair<qreal, qreal>> extents;
    for (const MapElement &e : map.elements()) {
        // Measured as drawn: the pack's font, the map's time unit and its highlights.
        MapPainter::Options options;
        options.font = font;
        options.timeUnit = metrics.timeUnit;
        options.overTakt = metrics.overTakt.contains(e.id);
        options.bottleneck = e.kind == ElementKind::Process && metrics.bottleneck == e.id;
        const QRectF r = MapPainter::elementBounds(e, options).translated(e.pos);
        extents << qMakePair(r.left(), r.right());
    }
    const auto inside = [&extents](qreal x) {
        for (const auto &[left, right] : extents)
            if (x > left && x < right)
                return true;
        return false;
    };
    QList<qreal> cuts {bounds.left()};
    while (bounds.right() - cuts.last() > width) {
        const qreal ideal = cuts.last() + width;
        qreal cut = ideal;
        // Step back to the nearest gap, but keep each part at least half a page wide.
        for (qreal x = ideal; x > cuts.last() + width / 2; x -= 5) {
            if (!inside(x)) {
                cut = x;
                break;
            }
        }
        cuts << cut;
    }
    cuts << bounds.right();
    return cuts;
}

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
        const MapMetrics metrics
            = MapMetrics::compute(*map, MapStore::of(document)->map(map->derivedFrom()));
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
            const QList<qreal> cuts
                = partCuts(*map, metrics, font, bounds, composer.contentWidth() / ReadableScale);
            // Tall maps are cut into rows too; the title takes about 30 points of each page.
            const qreal rowHeight = (composer.pageContentHeight() - 30) / ReadableScale;
            const int rows = qMax(1, int(std::ceil(bounds.height() / rowHeight)));
            const int parts = rows * int(cuts.size() - 1);
            if (parts > MaxParts) {
                composer.paragraph(tr("This map is too large to print readably in parts (%n "
                                      "pages); its steps follow in the table.",
                                      nullptr, parts),
                                   true);
            } else {
                int part = 0;
                for (int row = 0; row < rows; ++row) {
                    for (int i = 1; i < cuts.size(); ++i) {
                        composer.newPage(QPageLayout::Landscape);
                        composer.subheading(
                            tr("%1 (part %2 of %3)").arg(map->name()).arg(++part).arg(parts));
                        const qreal top = bounds.top() + row * rowHeight;
                        composer.figurePart(QRectF(cuts.at(i - 1), top, cuts.at(i) - cuts.at(i - 1),
                                                   qMin(rowHeight, bounds.bottom() - top)),
                                            ReadableScale, paint);
                    }
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
        auto duration = [&metrics](double s) { return metrics.formatTime(s); };
        for (const MapElement &e : map->elements()) {
            if (e.kind == ElementKind::Process) {
                if (metrics.overTakt.contains(e.id))
                    overTakt << int(steps.size());
                steps << QStringList {
                    e.name,
                    orDash(e.cycleTime, duration),
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
                steps << QStringList {QStringLiteral("△ ") + e.name, waitText};
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
        if (!composer.step())
            return;
    }
}

} // namespace Takt
