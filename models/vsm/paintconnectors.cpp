// The connectors of paintconnectors.h: each arrow is drawn in a frame along its line (x from
// the source towards the target, y across) and mapped back onto the map.

#include "paintconnectors.h"

#include "mappainter.h"
#include "painticons.h"
#include "paintstyle.h"
#include "painttext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPolygonF>
#include <QTransform>

#include <cmath>

namespace Takt::Paint {

namespace {

/** Maps a frame along the line: x from the source towards the target, y across. */
QTransform lineFrame(const QLineF &line)
{
    QTransform t;
    t.translate(line.p1().x(), line.p1().y());
    t.rotateRadians(std::atan2(line.dy(), line.dx()));
    return t;
}

QPolygonF arrowHead(qreal tipX, qreal length, qreal half)
{
    return QPolygonF(
        {QPointF(tipX - length, -half), QPointF(tipX, 0), QPointF(tipX - length, half)});
}

QPainterPath thinLine(qreal from, qreal to)
{
    QPainterPath path;
    path.addRect(QRectF(from, -ThinWidth, to - from, 2 * ThinWidth));
    return path;
}

/** The zig-zag's corners in the line frame, shrunk on short lines. */
QPolygonF lightning(qreal length)
{
    const qreal mid = length / 2;
    const qreal k = qBound(0.0, (length - ThinHeadLength) / (ZigLength * 1.6), 1.0);
    const qreal half = ZigLength / 2 * k;
    const qreal back = ZigLength * 0.11 * k;
    const qreal up = ZigHalf * k;
    return QPolygonF({QPointF(0, 0), QPointF(mid - half, 0), QPointF(mid + back, -up),
                      QPointF(mid - back, up), QPointF(mid + half, 0),
                      QPointF(length - ThinHeadLength * 0.6, 0)});
}

QSizeF fifoBoxSize(const QFont &base)
{
    const QFontMetricsF fm(pixelFont(base, ConnectorLabelPx, true));
    return QSizeF(fm.horizontalAdvance(MapPainter::tr("FIFO")) + 8, fm.height() + 2);
}

/** The side a label goes on: above the line, or right of a vertical one. */
QPointF labelNormal(const QLineF &line)
{
    const qreal length = line.length();
    if (length <= 0)
        return QPointF(0, -1);
    QPointF n(line.dy() / length, -line.dx() / length);
    if (n.y() > 1e-6 || (std::abs(n.y()) <= 1e-6 && n.x() < 0))
        n = -n;
    return n;
}

TextBlock connectorLabel(const QString &label,
                         const QLineF &line,
                         const QFont &base,
                         const QPainterPath &silhouette,
                         const QColor &color)
{
    TextBlock b = makeBlock(label.simplified(), connectorLabelFont(base), labelWrapWidth(line),
                            ConnectorLabelLines, color);
    const QSizeF padded = b.rect.size() + QSizeF(2, 2) * ConnectorLabelPadding;
    b.rect.moveCenter(labelRect(line, silhouette, padded).center());
    return b;
}

void drawPush(QPainter *p, qreal length)
{
    const qreal head = qMin(PushHeadLength, length * 0.5);
    const qreal body = length - head;
    const QRectF band(0, -PushBandHalf, body, 2 * PushBandHalf);
    p->setPen(Qt::NoPen);
    p->setBrush(Paper);
    p->drawRect(band);
    // The stripes are one dashed stroke across the band: on paper that is a single line with a
    // dash array, where drawn stripes would be hundreds of polygons per arrow.
    QPen stripes(Ink, 2 * PushBandHalf, Qt::CustomDashLine, Qt::FlatCap);
    stripes.setDashPattern(
        {StripeWidth / (2 * PushBandHalf), (StripePeriod - StripeWidth) / (2 * PushBandHalf)});
    p->setPen(stripes);
    p->drawLine(QPointF(StripePeriod - StripeWidth, 0), QPointF(body, 0));
    p->setPen(inkPen(ThinWidth));
    p->setBrush(Qt::NoBrush);
    p->drawRect(band);
    p->setPen(Qt::NoPen);
    p->setBrush(Ink);
    p->drawPolygon(arrowHead(length, head, PushHeadHalf));
}

void drawShipmentArrow(QPainter *p, qreal length)
{
    const qreal head = qMin(ShipmentHeadLength, length * 0.5);
    const qreal neck = length - head;
    p->setPen(inkPen(OutlineWidth));
    p->setBrush(Paper);
    p->drawPolygon(QPolygonF({QPointF(0, -ShipmentShaftHalf), QPointF(neck, -ShipmentShaftHalf),
                              QPointF(neck, -ShipmentHeadHalf), QPointF(length, 0),
                              QPointF(neck, ShipmentHeadHalf), QPointF(neck, ShipmentShaftHalf),
                              QPointF(0, ShipmentShaftHalf)}));
}

void drawThinArrow(QPainter *p, qreal length, qreal gapFrom = -1, qreal gapTo = -1)
{
    const qreal head = qMin(ThinHeadLength, length * 0.5);
    p->setPen(inkPen(ThinWidth));
    if (gapFrom > 0 && gapTo > gapFrom && gapTo < length - head) {
        p->drawLine(QPointF(0, 0), QPointF(gapFrom, 0));
        p->drawLine(QPointF(gapTo, 0), QPointF(length - head * 0.6, 0));
    } else {
        p->drawLine(QPointF(0, 0), QPointF(length - head * 0.6, 0));
    }
    p->setPen(Qt::NoPen);
    p->setBrush(Ink);
    p->drawPolygon(arrowHead(length, head, ThinHeadHalf));
}

/** The pull symbol: a circular arrow, drawn upright whatever the line's direction. */
void drawPullCircle(QPainter *p, const QPointF &c)
{
    QPen pen = inkPen(LadderWidth);
    pen.setCapStyle(Qt::FlatCap);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    const QRectF circle(c.x() - PullRadius, c.y() - PullRadius, 2 * PullRadius, 2 * PullRadius);
    p->drawArc(circle, 70 * 16, 290 * 16);
    // The head at the arc's end, at three o'clock, pointing up along the circle.
    const QPointF end(c.x() + PullRadius, c.y());
    p->setPen(Qt::NoPen);
    p->setBrush(Ink);
    p->drawPolygon(QPolygonF({QPointF(end.x(), end.y() - 7), QPointF(end.x() + 4.5, end.y() + 1),
                              QPointF(end.x() - 4.5, end.y() + 1)}));
}

void drawFifoBox(QPainter *p, const QPointF &c, const QFont &base)
{
    QRectF box(QPointF(), fifoBoxSize(base));
    box.moveCenter(c);
    p->setPen(inkPen(ThinWidth));
    p->setBrush(Paper);
    p->drawRect(box);
    drawGlyph(p, MapPainter::tr("FIFO"), pixelFont(base, ConnectorLabelPx, true), box.center());
}

} // namespace

QFont connectorLabelFont(const QFont &base)
{
    return pixelFont(base, ConnectorLabelPx);
}

QPainterPath connectorSilhouette(Connector::Kind kind, const QLineF &line, const QFont &base)
{
    const qreal length = line.length();
    const QTransform frame = lineFrame(line);
    QPainterPath local;
    QPainterPath mapped;
    switch (kind) {
    case Connector::Kind::Push: {
        const qreal head = qMin(PushHeadLength, length * 0.5);
        local.addRect(QRectF(0, -PushBandHalf, length - head, 2 * PushBandHalf));
        local.addPolygon(arrowHead(length, head, PushHeadHalf));
        break;
    }
    case Connector::Kind::Shipment: {
        const qreal head = qMin(ShipmentHeadLength, length * 0.5);
        local.addRect(QRectF(0, -ShipmentShaftHalf, length - head, 2 * ShipmentShaftHalf));
        local.addPolygon(arrowHead(length, head, ShipmentHeadHalf));
        break;
    }
    case Connector::Kind::Pull:
        local.addPath(thinLine(0, length));
        local.addPolygon(arrowHead(length, qMin(ThinHeadLength, length * 0.5), ThinHeadHalf));
        mapped.addEllipse(line.center(), PullRadius + 6, PullRadius + 6); // head included
        break;
    case Connector::Kind::Fifo: {
        local.addPath(thinLine(0, length));
        local.addPolygon(arrowHead(length, qMin(ThinHeadLength, length * 0.5), ThinHeadHalf));
        QRectF box(QPointF(), fifoBoxSize(base));
        box.moveCenter(line.center());
        mapped.addRect(box);
        break;
    }
    case Connector::Kind::ManualInfo:
        local.addPath(thinLine(0, length));
        local.addPolygon(arrowHead(length, qMin(ThinHeadLength, length * 0.5), ThinHeadHalf));
        break;
    case Connector::Kind::ElectronicInfo: {
        QPainterPath zig;
        zig.addPolygon(lightning(length));
        QPainterPathStroker stroker;
        stroker.setWidth(2 * ThinWidth);
        stroker.setJoinStyle(Qt::MiterJoin);
        local.addPath(stroker.createStroke(zig));
        local.addPolygon(arrowHead(length, qMin(ThinHeadLength, length * 0.5), ThinHeadHalf));
        break;
    }
    }
    QPainterPath result = frame.map(local);
    result.addPath(mapped);
    result.setFillRule(Qt::WindingFill); // overlapping parts stay solid
    return result;
}

QRectF labelRect(const QLineF &line, const QPainterPath &silhouette, const QSizeF &size)
{
    const QPointF n = labelNormal(line);
    const QPointF mid = line.center();
    // Walk out along the normal until the silhouette is behind us; arrows are symmetric enough.
    qreal clear = 0;
    for (qreal d = 0; d < 40; d += 0.5) {
        if (silhouette.contains(mid + n * d))
            clear = d;
    }
    const qreal along = std::abs(n.x()) * size.width() / 2 + std::abs(n.y()) * size.height() / 2;
    QRectF r(QPointF(), size);
    r.moveCenter(mid + n * (clear + LabelOffset + along));
    return r;
}

qreal labelWrapWidth(const QLineF &line)
{
    return qBound(ConnectorLabelMinWidth, line.length() - 2 * ThinHeadLength,
                  ConnectorLabelMaxWidth);
}

QRectF silhouetteBounds(const QPainterPath &silhouette)
{
    const qreal m = HaloWidth / 2 + 2;
    return silhouette.boundingRect().adjusted(-m, -m, m, m);
}

QRectF tightConnectorBounds(Connector::Kind kind,
                            const QLineF &line,
                            const QString &label,
                            const QFont &base)
{
    if (line.length() < 0.5)
        return QRectF(line.center(), QSizeF()).adjusted(-2, -2, 2, 2);
    const QPainterPath silhouette = connectorSilhouette(kind, line, base);
    QRectF r = silhouetteBounds(silhouette);
    const TextBlock text = connectorLabel(label, line, base, silhouette, Ink);
    if (!text.lines.isEmpty()) {
        const qreal m = ConnectorLabelPadding + 1;
        r |= text.rect.adjusted(-m, -m, m, m);
    }
    return r;
}

void drawConnector(QPainter *p, Connector::Kind kind, const QLineF &line, const QFont &base)
{
    const qreal length = line.length();
    p->save();
    p->setWorldTransform(lineFrame(line), true);
    switch (kind) {
    case Connector::Kind::Push:
        drawPush(p, length);
        break;
    case Connector::Kind::Shipment:
        drawShipmentArrow(p, length);
        break;
    case Connector::Kind::Pull:
        drawThinArrow(p, length, length / 2 - PullRadius - 2, length / 2 + PullRadius + 2);
        break;
    case Connector::Kind::Fifo:
    case Connector::Kind::ManualInfo:
        drawThinArrow(p, length);
        break;
    case Connector::Kind::ElectronicInfo: {
        QPen pen = inkPen(ThinWidth);
        pen.setJoinStyle(Qt::MiterJoin);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawPolyline(lightning(length));
        p->setPen(Qt::NoPen);
        p->setBrush(Ink);
        p->drawPolygon(arrowHead(length, qMin(ThinHeadLength, length * 0.5), ThinHeadHalf));
        break;
    }
    }
    p->restore();
    if (kind == Connector::Kind::Pull)
        drawPullCircle(p, line.center());
    else if (kind == Connector::Kind::Fifo)
        drawFifoBox(p, line.center(), base);
}

void paintArrow(
    QPainter *p, Connector::Kind kind, const QLineF &line, bool selected, const QFont &base)
{
    if (line.length() < 0.5)
        return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    if (selected) {
        p->setPen(QPen(SelectionHalo, HaloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->setBrush(SelectionHalo);
        p->drawPath(connectorSilhouette(kind, line, base));
    }
    drawConnector(p, kind, line, base);
    p->restore();
}

void paintArrowLabel(QPainter *p,
                     Connector::Kind kind,
                     const QLineF &line,
                     const QString &label,
                     bool selected,
                     const QFont &base)
{
    if (line.length() < 0.5 || label.trimmed().isEmpty())
        return;
    TextBlock b = connectorLabel(label, line, base, connectorSilhouette(kind, line, base),
                                 selected ? Selection.darker(130) : Ink);
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    p->setPen(Qt::NoPen);
    p->setBrush(Paper);
    const qreal m = ConnectorLabelPadding;
    p->drawRect(b.rect.adjusted(-m, -m, m, m));
    drawBlock(p, b);
    p->restore();
}

QPointF clipToRect(const QPointF &from, const QPointF &towards, const QRectF &rect)
{
    const QPointF d = towards - from;
    const qreal hw = rect.width() / 2;
    const qreal hh = rect.height() / 2;
    qreal t = 1;
    if (std::abs(d.x()) > 1e-9)
        t = qMin(t, hw / std::abs(d.x()));
    if (std::abs(d.y()) > 1e-9)
        t = qMin(t, hh / std::abs(d.y()));
    return from + d * t;
}

} // namespace Takt::Paint
