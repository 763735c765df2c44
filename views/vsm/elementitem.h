#pragma once

#include "vsm/mapelement.h"
#include "vsm/mappainter.h"

#include <QGraphicsItem>

namespace Takt {

class MapScene;
struct MapMetrics;

/** Draws one element of the map; a view of the model row with that id, never the data. */
class ElementItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    ElementItem(MapScene *scene, const MapElement &element);

    EntityId id() const { return m_element.id; }
    const MapElement &element() const { return m_element; }
    /** The element as it stands on screen now, mid-drag included. */
    MapElement elementAtCurrentPos() const;
    void setElement(const MapElement &element);
    /** What the map's figures say about this element, and the unit its times are shown in. */
    void setHighlights(const MapMetrics &metrics);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    MapPainter::Options options() const;
    MapScene *const m_scene;
    MapElement m_element;
    MapPainter::Options m_highlights; // what the map's figures say, font aside
    QRectF m_bounds;
};

} // namespace Takt
