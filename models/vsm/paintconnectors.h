// Connectors: the arrow kinds of a map (push, pull, FIFO, shipment, manual and electronic
// information), their silhouettes, where their labels go and how far they reach. Arrows have
// their own geometry in a frame along the line, unlike the icons' rects, so they are kept
// apart from the element layouts.

#pragma once

#include "connector.h"

#include <QFont>
#include <QLineF>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace Takt::Paint {

QFont connectorLabelFont(const QFont &base);
/** What the arrow itself covers, in map coordinates: for the halo, the bounds and the label. */
QPainterPath connectorSilhouette(Connector::Kind kind, const QLineF &line, const QFont &base);
/** Where a label of @p size goes: clear of the arrow's silhouette at the middle. */
QRectF labelRect(const QLineF &line, const QPainterPath &silhouette, const QSizeF &size);
/** Labels wrap to the arrow's length, so that on a short arrow they stay between the icons. */
qreal labelWrapWidth(const QLineF &line);
QRectF silhouetteBounds(const QPainterPath &silhouette);
/** Bounds with the actual label: what the map export uses. */
QRectF tightConnectorBounds(Connector::Kind kind,
                            const QLineF &line,
                            const QString &label,
                            const QFont &base);

void drawConnector(QPainter *p, Connector::Kind kind, const QLineF &line, const QFont &base);
void paintArrow(
    QPainter *p, Connector::Kind kind, const QLineF &line, bool selected, const QFont &base);
void paintArrowLabel(QPainter *p,
                     Connector::Kind kind,
                     const QLineF &line,
                     const QString &label,
                     bool selected,
                     const QFont &base);

/** Where the line from @p from (the centre of @p rect's size) to @p towards leaves the rect. */
QPointF clipToRect(const QPointF &from, const QPointF &towards, const QRectF &rect);

} // namespace Takt::Paint
