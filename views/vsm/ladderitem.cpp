#include "ladderitem.h"

#include "vsm/mapmetrics.h"
#include "vsm/mappainter.h"

#include <QPainter>

namespace Takt {

LadderItem::LadderItem(const ValueStreamMap *map, const MapMetrics *metrics, const QFont &font)
    : m_map(map)
    , m_metrics(metrics)
    , m_font(font)
{
    setZValue(-1);
    refresh();
}

void LadderItem::refresh()
{
    prepareGeometryChange();
    m_top = MapPainter::ladderTop(*m_map, m_font);
    m_bounds = MapPainter::ladderBounds(*m_map, *m_metrics, m_top, m_font);
    update();
}

void LadderItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    MapPainter::paintLadder(painter, *m_map, *m_metrics, m_top, m_font);
}

} // namespace Takt
