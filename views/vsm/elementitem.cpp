#include "elementitem.h"

#include "mapscene.h"
#include "vsm/mapmetrics.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Takt {

ElementItem::ElementItem(MapScene *scene, const MapElement &element)
    : m_scene(scene)
    , m_element(element)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setPos(element.pos);
    setZValue(element.kind == ElementKind::KaizenBurst ? 2 : 1);
    m_bounds = MapPainter::elementBounds(m_element, options());
}

MapElement ElementItem::elementAtCurrentPos() const
{
    MapElement e = m_element;
    e.pos = pos();
    return e;
}

MapPainter::Options ElementItem::options() const
{
    MapPainter::Options o = m_highlights;
    o.font = m_scene->mapFont();
    o.selected = isSelected();
    return o;
}

void ElementItem::setElement(const MapElement &element)
{
    prepareGeometryChange();
    m_element = element;
    m_bounds = MapPainter::elementBounds(m_element, options());
    if (pos() != element.pos)
        setPos(element.pos);
    update();
}

void ElementItem::setHighlights(const MapMetrics &metrics)
{
    const MapPainter::Options o = MapPainter::options(m_element, metrics, QFont());
    if (o.overTakt == m_highlights.overTakt && o.bottleneck == m_highlights.bottleneck
        && o.offFlow == m_highlights.offFlow && o.timeUnit == m_highlights.timeUnit
        && o.cycleTimeSpread == m_highlights.cycleTimeSpread)
        return;
    prepareGeometryChange();
    m_highlights = o;
    m_bounds = MapPainter::elementBounds(m_element, options());
    update();
}

QRectF ElementItem::boundingRect() const
{
    // Selection adds an outline around the bounds; keep it inside what we report.
    return m_bounds.adjusted(-6, -6, 6, 6);
}

QPainterPath ElementItem::shape() const
{
    QPainterPath path;
    path.addRect(m_bounds);
    return path;
}

void ElementItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    MapPainter::paintElement(painter, m_element, options());
}

QVariant ElementItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && m_scene->snapToGrid()) {
        const QPointF p = value.toPointF();
        const qreal g = MapScene::GridSize;
        return QPointF(qRound(p.x() / g) * g, qRound(p.y() / g) * g);
    }
    if (change == ItemPositionHasChanged)
        m_scene->elementItemMoved(id());
    if (change == ItemSelectedHasChanged) {
        prepareGeometryChange();
        m_bounds = MapPainter::elementBounds(m_element, options());
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace Takt
