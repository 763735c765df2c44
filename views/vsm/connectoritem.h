#pragma once

#include "vsm/connector.h"

#include <QGraphicsItem>

namespace Takt {

class MapScene;

/** Draws one connector between two element items; follows them while they are dragged. */
class ConnectorItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    ConnectorItem(MapScene *scene, const Connector &connector);

    EntityId id() const { return m_connector.id; }
    const Connector &connector() const { return m_connector; }
    /** The line it is drawn along, in scene coordinates. */
    QLineF line() const { return m_line; }
    /** Recomputes the line from where the two elements stand now. */
    void updateGeometry();

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    MapScene *const m_scene;
    const Connector m_connector;
    QLineF m_line;
    QRectF m_bounds;
};

} // namespace Takt
