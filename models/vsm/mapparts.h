#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>

namespace Takt {

class ValueStreamMap;
struct MapMetrics;

/**
 * A map too large to read whole, cut into parts that each fill a page or a screen at a given
 * scale: columns cut between elements where they can (no box split across two parts), then
 * rows. The pack's readable parts and the presentation's slides are the same cut.
 */
class MapParts
{
public:
    /** The parts, in map units, left to right and then top to bottom, of @p bounds drawn at
     *  @p scale in pages of @p page (device units). One part when it fits whole. */
    static QList<QRectF> parts(const ValueStreamMap &map,
                               const MapMetrics &metrics,
                               const QFont &font,
                               const QRectF &bounds,
                               QSizeF page,
                               qreal scale);
    /** A part of a slide: what it shows and, when the map is cut into rows, the timeline
     *  ladder under the same columns, so that every part keeps its times in view. */
    struct SlidePart
    {
        QRectF source;
        QRectF ladder; // empty when the source reaches the ladder itself
    };
    /** As parts(), but a map cut into rows shows the ladder under every row, and the parts
     *  go down each column before the next. */
    static QList<SlidePart> slideParts(const ValueStreamMap &map,
                                       const MapMetrics &metrics,
                                       const QFont &font,
                                       const QRectF &bounds,
                                       QSizeF page,
                                       qreal scale);
    /** Where columns of at most @p width are cut, first edge to last. */
    static QList<qreal> cuts(const ValueStreamMap &map,
                             const MapMetrics &metrics,
                             const QFont &font,
                             const QRectF &bounds,
                             qreal width);
    /** The pixel size of the smallest text a map draws with @p font, at 100 %. */
    static qreal smallestText(const QFont &font);
};

} // namespace Takt
