#include "mapparts.h"

#include "mapmetrics.h"
#include "mappainter.h"
#include "paintstyle.h"
#include "valuestreammap.h"

#include <QPair>

#include <cmath>

namespace Takt {

QList<qreal> MapParts::cuts(const ValueStreamMap &map,
                            const MapMetrics &metrics,
                            const QFont &font,
                            const QRectF &bounds,
                            qreal width)
{
    QList<QPair<qreal, qreal>> extents;
    for (const MapElement &e : map.elements()) {
        // Measured as drawn: the font, the map's time unit and its highlights.
        MapPainter::Options options;
        options.font = font;
        options.timeUnit = metrics.timeUnit;
        options.overTakt = metrics.overTakt.contains(e.id);
        options.bottleneck = e.kind == ElementKind::Process && metrics.bottleneck == e.id;
        options.offFlow = metrics.offFlow.contains(e.id);
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
    while (width > 0 && bounds.right() - cuts.last() > width) {
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
    const qreal rowHeight = page.height() / scale;
    const int rows = qMax(1, int(std::ceil(bounds.height() / rowHeight - 1e-9)));
    QList<QRectF> parts;
    for (int row = 0; row < rows; ++row) {
        const qreal top = bounds.top() + row * rowHeight;
        for (int i = 1; i < columns.size(); ++i)
            parts << QRectF(columns.at(i - 1), top, columns.at(i) - columns.at(i - 1),
                            qMin(rowHeight, bounds.bottom() - top));
    }
    return parts;
}

qreal MapParts::smallestText(const QFont &font)
{
    return Paint::Fonts(font).tiny.pixelSize();
}

} // namespace Takt
