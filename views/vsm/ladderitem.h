#pragma once

#include <QFont>
#include <QGraphicsItem>

namespace Takt {

class ValueStreamMap;
struct MapMetrics;

/** The timeline ladder under the map, redrawn from the metrics after every edit. */
class LadderItem : public QGraphicsItem
{
public:
    LadderItem(const ValueStreamMap *map, const MapMetrics *metrics, const QFont &font);

    void refresh();

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const ValueStreamMap *const m_map;
    const MapMetrics *const m_metrics;
    const QFont m_font;
    qreal m_top = 0;
    QRectF m_bounds;
};

} // namespace Takt
