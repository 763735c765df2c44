// The icons of painticons.h. Only drawShape and the few shapes the layouts reuse (the box, the
// operator, the text-note glyph) are visible outside; each icon's own drawing stays here.

#include "painticons.h"

#include "mappainter.h"
#include "painttext.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QtMath>

#include <cmath>

namespace Takt::Paint {

namespace {

QPolygonF burst(const QRectF &r, int points, qreal inner, bool jitter)
{
    QPolygonF polygon;
    const QPointF c = r.center();
    const int jitterCount = int(sizeof(KaizenJitter) / sizeof(KaizenJitter[0]));
    for (int i = 0; i < points * 2; ++i) {
        const qreal angle = -M_PI / 2 + i * M_PI / points;
        qreal k = (i % 2) ? inner : 1.0;
        if (jitter && i % 2 == 0)
            k = KaizenJitter[(i / 2) % jitterCount];
        polygon << QPointF(c.x() + std::cos(angle) * r.width() / 2 * k,
                           c.y() + std::sin(angle) * r.height() / 2 * k);
    }
    return polygon;
}

// --- Icons: each draws the bare shape into its icon rect -------------------------------------

void drawInventory(QPainter *p, const QRectF &r, qreal lw, const QFont &family)
{
    const QPolygonF triangle({QPointF(r.center().x(), r.top()), r.bottomRight(), r.bottomLeft()});
    p->setPen(inkPen(lw));
    p->setBrush(Paper);
    p->drawPolygon(triangle);
    drawGlyph(p, MapPainter::tr("I", "inventory icon"), glyphFont(family, r.height() * 0.4),
              QPointF(r.center().x(), r.top() + r.height() * 0.64));
}

void drawFactory(QPainter *p, const QRectF &r, qreal lw)
{
    // The sawtooth roof: each tooth rises straight up and slopes down to the right.
    constexpr int Teeth = 3;
    const qreal eaves = r.top() + r.height() * 0.375;
    const qreal tooth = r.width() / Teeth;
    QPolygonF outline;
    outline << r.bottomLeft();
    for (int i = 0; i < Teeth; ++i) {
        outline << QPointF(r.left() + i * tooth, i == 0 ? r.top() : eaves);
        if (i > 0)
            outline << QPointF(r.left() + i * tooth, r.top());
    }
    outline << QPointF(r.right(), eaves) << r.bottomRight();
    p->setPen(inkPen(lw));
    p->setBrush(Paper);
    p->drawPolygon(outline);
}

void drawTruck(QPainter *p, const QRectF &r, qreal lw)
{
    const qreal wheel = r.height() * 0.15;
    const qreal floor = r.bottom() - wheel * 1.3;
    const qreal split = r.left() + r.width() * 0.64;
    const qreal cabTop = r.top() + r.height() * 0.35;
    p->setPen(inkPen(lw));
    p->setBrush(Paper);
    p->drawRect(QRectF(r.left(), r.top(), split - r.left(), floor - r.top()));
    const qreal nose = r.width() * 0.12;
    p->drawPolygon(QPolygonF({QPointF(split, cabTop), QPointF(r.right() - nose, cabTop),
                              QPointF(r.right(), cabTop + nose), QPointF(r.right(), floor),
                              QPointF(split, floor)}));
    const qreal inset = lw * 2.2;
    p->drawPolyline(
        QPolygonF({QPointF(split + inset, cabTop + inset),
                   QPointF(r.right() - nose - inset * 0.4, cabTop + inset),
                   QPointF(r.right() - inset * 0.8, cabTop + nose),
                   QPointF(split + inset, cabTop + nose), QPointF(split + inset, cabTop + inset)}));
    for (qreal x : {r.left() + r.width() * 0.22, r.left() + r.width() * 0.8}) {
        p->setBrush(Ink);
        p->drawEllipse(QPointF(x, r.bottom() - wheel), wheel, wheel);
        p->setBrush(Paper);
        p->setPen(Qt::NoPen);
        p->drawEllipse(QPointF(x, r.bottom() - wheel), wheel * 0.35, wheel * 0.35);
        p->setPen(inkPen(lw));
    }
}

void drawSupermarket(QPainter *p, const QRectF &r, qreal lw)
{
    // Three shelves open to the left, where the customer process withdraws.
    QPainterPath rack;
    for (int i = 0; i <= 3; ++i) {
        const qreal y = r.top() + i * r.height() / 3;
        rack.moveTo(r.left(), y);
        rack.lineTo(r.right(), y);
    }
    rack.moveTo(r.right(), r.top());
    rack.lineTo(r.right(), r.bottom());
    p->setPen(QPen(Ink, lw, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    p->setBrush(Qt::NoBrush);
    p->drawPath(rack);
}

void drawFifoLane(QPainter *p, const QRectF &r, qreal lw, const QFont &family)
{
    p->setPen(inkPen(lw));
    p->drawLine(r.topLeft(), r.topRight());
    p->drawLine(r.bottomLeft(), r.bottomRight());
    drawGlyph(p, MapPainter::tr("FIFO"), glyphFont(family, r.height() * 0.46), r.center());
}

void drawBuffer(QPainter *p, const QRectF &r, qreal lw)
{
    drawBox(p, r, lw);
    // Stock held on purpose: two inventory triangles, each on its shelf.
    const qreal w = r.width() * 0.5;
    const qreal h = r.height() * 0.3;
    for (int i = 0; i < 2; ++i) {
        const qreal shelf = r.top() + r.height() * (i == 0 ? 0.44 : 0.84);
        const qreal cx = r.center().x();
        p->setPen(inkPen(lw));
        p->setBrush(Paper);
        p->drawPolygon(QPolygonF(
            {QPointF(cx, shelf - h), QPointF(cx + w / 2, shelf), QPointF(cx - w / 2, shelf)}));
        p->drawLine(QPointF(r.left() + r.width() * 0.12, shelf),
                    QPointF(r.right() - r.width() * 0.12, shelf));
    }
}

void drawKanbanCard(
    QPainter *p, const QRectF &r, qreal lw, const QString &letter, const QFont &family)
{
    const qreal cut = r.height() * 0.28;
    p->setPen(inkPen(lw));
    p->setBrush(Paper);
    p->drawPolygon(QPolygonF({r.topLeft(), QPointF(r.right() - cut, r.top()),
                              QPointF(r.right(), r.top() + cut), r.bottomRight(), r.bottomLeft()}));
    p->setBrush(Qt::NoBrush);
    p->drawPolyline(
        QPolygonF({QPointF(r.right() - cut, r.top()), QPointF(r.right() - cut, r.top() + cut),
                   QPointF(r.right(), r.top() + cut)}));
    drawGlyph(p, letter, glyphFont(family, r.height() * 0.5),
              QPointF(r.center().x() - cut * 0.25, r.center().y()));
}

void drawSignalKanban(QPainter *p, const QRectF &r, qreal lw, const QFont &family)
{
    p->setPen(inkPen(lw));
    p->setBrush(Paper);
    p->drawPolygon(QPolygonF({r.topLeft(), r.topRight(), QPointF(r.center().x(), r.bottom())}));
    drawGlyph(p, MapPainter::tr("S", "signal kanban icon"), glyphFont(family, r.height() * 0.36),
              QPointF(r.center().x(), r.top() + r.height() * 0.33));
}

void drawKanbanPost(QPainter *p, const QRectF &r, qreal lw)
{
    const qreal cx = r.center().x();
    const qreal boxTop = r.top() + r.height() * 0.12;
    const qreal boxBottom = r.top() + r.height() * 0.36;
    const qreal foot = r.bottom() - r.height() * 0.1;
    p->setPen(inkPen(lw));
    p->setBrush(Paper);
    // A card waiting in the post's box.
    p->drawRect(QRectF(cx - r.width() * 0.18, r.top(), r.width() * 0.36, r.height() * 0.3));
    p->setBrush(Qt::NoBrush);
    p->drawPolyline(QPolygonF({QPointF(r.left(), boxTop), QPointF(r.left(), boxBottom),
                               QPointF(r.right(), boxBottom), QPointF(r.right(), boxTop)}));
    p->drawLine(QPointF(cx, boxBottom), QPointF(cx, r.bottom()));
    p->drawLine(QPointF(cx - r.width() * 0.36, r.bottom() - lw / 2),
                QPointF(cx + r.width() * 0.36, r.bottom() - lw / 2));
    p->drawLine(QPointF(cx - r.width() * 0.22, r.bottom()), QPointF(cx, foot));
    p->drawLine(QPointF(cx + r.width() * 0.22, r.bottom()), QPointF(cx, foot));
}

void drawLoadLevelling(QPainter *p, const QRectF &r, qreal lw, const QFont &family)
{
    drawBox(p, r, lw);
    drawGlyph(p, MapPainter::tr("XOXO", "load levelling icon"),
              glyphFont(family, r.height() * 0.46), r.center());
}

void drawGoSee(QPainter *p, const QRectF &r, qreal lw)
{
    const qreal lens = r.height() * 0.38;
    const qreal cy = r.bottom() - lens - lw;
    const qreal dx = r.width() * 0.26;
    const QPointF left(r.center().x() - dx, cy);
    const QPointF right(r.center().x() + dx, cy);
    QPen pen = inkPen(lw);
    pen.setCapStyle(Qt::RoundCap);
    p->setPen(pen);
    p->setBrush(Paper);
    p->drawEllipse(left, lens, lens);
    p->drawEllipse(right, lens, lens);
    QPainterPath frame;
    frame.moveTo(left.x() + lens, cy - lens * 0.15);
    frame.quadTo(r.center().x(), cy - lens * 0.9, right.x() - lens, cy - lens * 0.15);
    frame.moveTo(left.x() - lens, cy - lens * 0.2);
    frame.lineTo(r.left() + lw, r.top() + lw);
    frame.moveTo(right.x() + lens, cy - lens * 0.2);
    frame.lineTo(r.right() - lw, r.top() + lw);
    p->setBrush(Qt::NoBrush);
    p->drawPath(frame);
}

void drawKaizenBurst(QPainter *p, const QRectF &r, qreal lw)
{
    QPen pen = inkPen(lw);
    pen.setJoinStyle(Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(KaizenFill);
    p->drawPolygon(burst(r, KaizenPoints, KaizenInner, true));
}

void drawQualityProblem(QPainter *p, const QRectF &r, qreal lw, const QFont &family)
{
    QPen pen = inkPen(lw, Accent.darker(130));
    pen.setJoinStyle(Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Accent);
    p->drawPolygon(burst(r, QualityPoints, 0.62, false));
    drawGlyph(p, QStringLiteral("!"), glyphFont(family, r.height() * 0.5), r.center(), Paper);
}

} // namespace

QPen inkPen(qreal width, const QColor &color)
{
    return QPen(color, width, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin);
}

QRectF centred(const QSizeF &size)
{
    return QRectF(-size.width() / 2, -size.height() / 2, size.width(), size.height());
}

void drawBox(QPainter *p, const QRectF &r, qreal lw)
{
    p->setPen(inkPen(lw));
    p->setBrush(Paper);
    p->drawRect(r);
}

void drawOperator(QPainter *p, const QRectF &r, qreal lw, bool solid)
{
    const qreal cx = r.center().x();
    const qreal head = r.height() * 0.2;
    const qreal bodyHeight = r.height() * 0.45;
    const qreal bodyWidth = qMin(r.width(), r.height()) * 0.9;
    QPainterPath body;
    body.moveTo(cx - bodyWidth / 2, r.bottom());
    body.arcTo(QRectF(cx - bodyWidth / 2, r.bottom() - bodyHeight, bodyWidth, bodyHeight * 2), 180,
               -180);
    body.closeSubpath();
    p->setPen(solid ? Qt::NoPen : inkPen(lw));
    p->setBrush(solid ? Ink : Paper);
    p->drawPath(body);
    p->drawEllipse(QPointF(cx, r.top() + r.height() * 0.3), head, head);
}

void drawTextNoteIcon(QPainter *p, const QRectF &r, const QFont &family)
{
    drawGlyph(p, MapPainter::tr("Aa", "text note icon"), glyphFont(family, r.height() * 0.7),
              r.center());
}

void drawShape(QPainter *p, ElementKind kind, const QRectF &r, qreal lw, const QFont &family)
{
    switch (kind) {
    case ElementKind::Process:
    case ElementKind::ProductionControl:
        drawBox(p, r, lw);
        break;
    case ElementKind::Inventory:
        drawInventory(p, r, lw, family);
        break;
    case ElementKind::Supplier:
    case ElementKind::Customer:
        drawFactory(p, r, lw);
        break;
    case ElementKind::Shipment:
        drawTruck(p, r, lw);
        break;
    case ElementKind::Operator:
        drawOperator(p, r, lw, false);
        break;
    case ElementKind::Supermarket:
        drawSupermarket(p, r, lw);
        break;
    case ElementKind::FifoLane:
        drawFifoLane(p, r, lw, family);
        break;
    case ElementKind::Buffer:
        drawBuffer(p, r, lw);
        break;
    case ElementKind::KanbanProduction:
        drawKanbanCard(p, r, lw, MapPainter::tr("P", "production kanban icon"), family);
        break;
    case ElementKind::KanbanWithdrawal:
        drawKanbanCard(p, r, lw, MapPainter::tr("W", "withdrawal kanban icon"), family);
        break;
    case ElementKind::KanbanSignal:
        drawSignalKanban(p, r, lw, family);
        break;
    case ElementKind::KanbanPost:
        drawKanbanPost(p, r, lw);
        break;
    case ElementKind::LoadLevelling:
        drawLoadLevelling(p, r, lw, family);
        break;
    case ElementKind::GoSee:
        drawGoSee(p, r, lw);
        break;
    case ElementKind::KaizenBurst:
        drawKaizenBurst(p, r, lw);
        break;
    case ElementKind::QualityProblem:
        drawQualityProblem(p, r, lw, family);
        break;
    case ElementKind::TextNote:
        break; // its text is the icon
    }
}

QSizeF fixedIconSize(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Process:
        return ProcessSize;
    case ElementKind::Inventory:
        return InventorySize;
    case ElementKind::Supplier:
    case ElementKind::Customer:
        return FactorySize;
    case ElementKind::ProductionControl:
        return ControlSize;
    case ElementKind::Shipment:
        return TruckSize;
    case ElementKind::Operator:
        return OperatorSize;
    case ElementKind::Supermarket:
        return SupermarketSize;
    case ElementKind::FifoLane:
        return FifoSize;
    case ElementKind::Buffer:
        return BufferSize;
    case ElementKind::KanbanProduction:
    case ElementKind::KanbanWithdrawal:
        return CardSize;
    case ElementKind::KanbanSignal:
        return SignalSize;
    case ElementKind::KanbanPost:
        return PostSize;
    case ElementKind::LoadLevelling:
        return LevellingSize;
    case ElementKind::GoSee:
        return GoSeeSize;
    case ElementKind::KaizenBurst:
        return KaizenSize;
    case ElementKind::QualityProblem:
        return QualitySize;
    case ElementKind::TextNote:
        return EmptyNoteSize;
    }
    return ProcessSize;
}

} // namespace Takt::Paint
