#include "connectoritem.h"

#include "elementitem.h"
#include "mapscene.h"
#include "vsm/mappainter.h"

#include <QPainter>
#include <QPainterPathStroker>

namespace Takt {

ConnectorItem::ConnectorItem(MapScene *scene, const Connector &connector)
    : m_scene(scene)
    , m_connector(connector)
{
    setFlags(ItemIsSelectable);
    setZValue(0);
    updateGeometry();
}

void ConnectorItem::updateGeometry()
{
    const ElementItem *from = m_scene->elementItem(m_connector.from);
    const ElementItem *to = m_scene->elementItem(m_connector.to);
    if (!from || !to)
        return;
    prepareGeometryChange();
    m_line = MapPainter::connectorLine(from->elementAtCurrentPos(), to->elementAtCurrentPos());
    m_bounds = MapPainter::connectorBounds(m_connector.kind, m_line);
}

QRectF ConnectorItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath ConnectorItem::shape() const
{
    QPainterPath line(m_line.p1());
    line.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(12); // easy to click even for thin information arrows
    return stroker.createStroke(line);
}

void ConnectorItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    MapPainter::paintConnector(painter, m_connector.kind, m_line, m_connector.label, isSelected());
}

} // namespace Takt
