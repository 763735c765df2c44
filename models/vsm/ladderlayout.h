// The timeline ladder under the map: waits on the upper steps, process times on the lower
// steps, the totals at the right end. It reads the map's metrics rather than one element, and
// is laid out and drawn on its own, so it has a file apart from the element layouts.

#pragma once

#include "painttext.h"

#include <QFont>
#include <QLineF>
#include <QList>
#include <QPainterPath>
#include <QRectF>

class QPainter;

namespace Takt {
class ValueStreamMap;
struct MapMetrics;
} // namespace Takt

namespace Takt::Paint {

/** Where the ladder's wave, alerts, figures and totals go, in map coordinates. */
struct LadderLayout
{
    QPainterPath wave;
    QList<QLineF> alertSegments;
    QList<TextBlock> texts;
    QRectF totals;
    QRectF extent;
};

LadderLayout
layOutLadder(const ValueStreamMap &map, const MapMetrics &metrics, qreal top, const QFont &font);
/** Draws @p l; an empty ladder (no rungs) draws nothing. */
void drawLadder(QPainter *p, const LadderLayout &l);

} // namespace Takt::Paint
