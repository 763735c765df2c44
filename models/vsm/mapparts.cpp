#include "mapparts.h"

#include "mapmetrics.h"
#include "mappainter.h"
#include "paintstyle.h"
#include "valuestreammap.h"

#include <QPair>

#include <cmath>

namespace Takt {

namespace {

/** Where to cut [first, last] into pieces of at most @p length, stepping back from each ideal
 *  cut to the nearest point inside no extent, but keeping each piece at least half as long. */
QList<qreal>
cutBetween(const QList<QPair<qreal, qreal>> &extents, qreal first, qreal last, qreal length)
{
    const auto inside = [&extents](qreal x) {
        for (const auto &[from, to] : extents)
            if (x > from && x < to)
                return true;
        return false;
    };
    QList<qreal> cuts {first};
    while (length > 0 && last - cuts.last() > length) {
        const qreal ideal = cuts.last() + length;
        qreal cut = ideal;
        for (qreal x = ideal; x > cuts.last() + length / 2; x -= 5) {
            if (!inside(x)) {
                cut = x;
                break;
            }
        }
        cuts << cut;
    }
    cuts << last;
    return cuts;
}

/** Every element's extent as drawn (the font, the map's time unit and its highlights), along
 *  x or along y. */
QList<QPair<qreal, qreal>> extentsOf(const ValueStreamMap &map,
                                     const MapMetrics &metrics,
                                     const QFont &font,
                                     Qt::Orientation along)
{
    QList<QPair<qreal, qreal>> extents;
    for (const MapElement &e : map.elements()) {
        const QRectF r
            = MapPainter::elementBounds(e, MapPainter::options(e, metrics, font)).translated(e.pos);
        extents << (along == Qt::Horizontal ? qMakePair(r.left(), r.right())
                                            : qMakePair(r.top(), r.bottom()));
    }
    return extents;
}

} // namespace

QList<qreal> MapParts::cuts(const ValueStreamMap &map,
                            const MapMetrics &metrics,
                            const QFont &font,
                            const QRectF &bounds,
                            qreal width)
{
    return cutBetween(extentsOf(map, metrics, font, Qt::Horizontal), bounds.left(), bounds.right(),
                      width);
}

QList<QRectF> MapParts::parts(const ValueStreamMap &map,
                              const MapMetrics &metrics,
                              const QFont &font,
                              const QRectF &bounds,
                              QSizeF page,
                              qreal scale)
{
    if (bounds.isEmpty() || scale <= 0)
        return {bounds};
    const QList<qreal> columns = cuts(map, metrics, font, bounds, page.width() / scale);
    // Rows are cut between elements too, and never through the timeline ladder.
    QList<QPair<qreal, qreal>> extents = extentsOf(map, metrics, font, Qt::Vertical);
    extents << qMakePair(MapPainter::ladderTop(map, font) - 1, bounds.bottom() + 1);
    const QList<qreal> rows
        = cutBetween(extents, bounds.top(), bounds.bottom(), page.height() / scale);
    QList<QRectF> parts;
    for (int row = 1; row < rows.size(); ++row)
        for (int i = 1; i < columns.size(); ++i)
            parts << QRectF(columns.at(i - 1), rows.at(row - 1), columns.at(i) - columns.at(i - 1),
                            rows.at(row) - rows.at(row - 1));
    return parts;
}

QList<MapParts::SlidePart> MapParts::slideParts(const ValueStreamMap &map,
                                                const MapMetrics &metrics,
                                                const QFont &font,
                                                const QRectF &bounds,
                                                QSizeF page,
                                                qreal scale)
{
    const qreal ladderTop = MapPainter::ladderTop(map, font);
    const qreal ladderHeight = bounds.bottom() - ladderTop;
    const qreal pageHeight = scale > 0 ? page.height() / scale : 0;
    QList<SlidePart> result;
    if (bounds.height() <= pageHeight || ladderHeight <= 0 || ladderHeight >= pageHeight / 2) {
        for (const QRectF &part : parts(map, metrics, font, bounds, page, scale))
            result << SlidePart {part, QRectF()};
        return result;
    }
    // Rows of what is above the ladder, each with room for the ladder under it.
    const QRectF above(bounds.left(), bounds.top(), bounds.width(), ladderTop - bounds.top());
    const QList<qreal> columns = cuts(map, metrics, font, bounds, page.width() / scale);
    const QList<qreal> rows = cutBetween(extentsOf(map, metrics, font, Qt::Vertical), above.top(),
                                         above.bottom(), pageHeight - ladderHeight);
    // Down each column, then on to the next: what feeds a step (the supplier, the information
    // flow) is shown just before the step itself.
    for (int i = 1; i < columns.size(); ++i)
        for (int row = 1; row < rows.size(); ++row) {
            const qreal left = columns.at(i - 1), width = columns.at(i) - left;
            result << SlidePart {
                QRectF(left, rows.at(row - 1), width, rows.at(row) - rows.at(row - 1)),
                QRectF(left, ladderTop, width, ladderHeight)};
        }
    return result;
}

qreal MapParts::smallestText(const QFont &font)
{
    return Paint::Fonts(font).tiny.pixelSize();
}

} // namespace Takt
