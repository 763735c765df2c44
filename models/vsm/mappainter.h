#pragma once

#include "common/duration.h"
#include "connector.h"
#include "mapelement.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLineF>
#include <QPainterPath>
#include <QRectF>

class QPainter;

namespace Takt {

class ValueStreamMap;
struct MapMetrics;

/**
 * Draws the standard VSM icon set, connectors and the timeline ladder with QPainter, in map
 * coordinates. The editor's scene items, the PNG/SVG/PDF map export and the session pack all
 * draw through here, so a map looks the same on screen and on paper, and stays vector.
 * An element's pos is the centre of its icon; everything here is relative to it.
 */
class MapPainter
{
    Q_DECLARE_TR_FUNCTIONS(MapPainter)

public:
    struct Options
    {
        QFont font; // base font; titles are derived from it
        bool selected = false; // draw the selection highlight
        bool overTakt = false; // cycle time over takt: highlighted data box
        bool bottleneck = false; // the largest cycle time
        bool offFlow = false; // no material arrow reaches it: tagged "not in the flow"
        bool showDataBox = true; // process steps: the data box under the box
        std::optional<Duration::Unit> timeUnit; // the map's chosen unit for times, if any
        QString cycleTimeSpread; // what a linked series measured: "4–9 h, n = 30"
    };

    /** How @p element is drawn on a map with @p metrics: its highlights, its time unit, its
     *  measured spread. The scene, the exports and the pack all take them from here. */
    static Options options(const MapElement &element, const MapMetrics &metrics, const QFont &font);

    /** The font maps are drawn with, on screen, in exports and in the pack alike (one map unit
     *  is one pixel at 100 %), so that a map is laid out the same everywhere. */
    static QFont mapFont();

    /** The icon's own shape, centred on (0,0): where connectors attach. */
    static QRectF iconRect(const MapElement &element);
    /** Everything the element paints (icon, data box, labels), centred like iconRect. */
    static QRectF elementBounds(const MapElement &element, const Options &options);
    static QRectF elementBounds(const MapElement &element)
    {
        return elementBounds(element, Options());
    }
    static void paintElement(QPainter *painter, const MapElement &element, const Options &options);

    /** The line a connector follows between two elements, clipped to their icons' edges. */
    static QLineF connectorLine(const MapElement &from, const MapElement &to);
    static QRectF connectorBounds(Connector::Kind kind, const QLineF &line);
    static void paintConnector(QPainter *painter,
                               Connector::Kind kind,
                               const QLineF &line,
                               const QString &label,
                               bool selected);

    /** The timeline ladder under the map: waits on the upper steps, cycle times on the lower
     *  steps, the totals at the right end. @p top is the y where it starts. */
    static QRectF ladderBounds(const ValueStreamMap &map,
                               const MapMetrics &metrics,
                               qreal top,
                               const QFont &font);
    static void paintLadder(QPainter *painter,
                            const ValueStreamMap &map,
                            const MapMetrics &metrics,
                            qreal top,
                            const QFont &font);
    /** Where the ladder goes: below everything on the map. */
    static qreal ladderTop(const ValueStreamMap &map, const QFont &font);

    /** The whole map: connectors, elements, ladder. For export and the session pack. */
    static QRectF
    mapBounds(const ValueStreamMap &map, const MapMetrics &metrics, const QFont &font);
    static void paintMap(QPainter *painter,
                         const ValueStreamMap &map,
                         const MapMetrics &metrics,
                         const QFont &font);
    /** Only what lies in @p visible (map coordinates): one page of a map printed in parts. */
    static void paintMap(QPainter *painter,
                         const ValueStreamMap &map,
                         const MapMetrics &metrics,
                         const QFont &font,
                         const QRectF &visible);

    /** The palette's picture of a kind: the icon alone, fitted into @p size. */
    static void paintKindIcon(QPainter *painter, ElementKind kind, const QRectF &target);
    static void paintConnectorIcon(QPainter *painter, Connector::Kind kind, const QRectF &target);
};

} // namespace Takt
