// Element layout: one computation for painting and for bounds. Where an element's icon, name,
// data box, tags and figures go is worked out once per content and kept in a cache, and both
// MapPainter::elementBounds and MapPainter::paintElement read that one result, so the bounds
// can never disagree with what is painted. The layout rules are the bulk of MapPainter's
// logic, kept apart from the icons they place and the text they set.

#pragma once

#include "mappainter.h"
#include "paintstyle.h"
#include "painttext.h"

#include <QList>
#include <QRectF>

class QPainter;

namespace Takt::Paint {

/** Where everything an element paints goes, relative to the element's centre. */
struct ElementLayout
{
    QRectF icon;
    QList<TextBlock> texts; // drawn over everything else
    QRectF dataBox; // process steps only; null when there is none
    QRectF alertRow; // over takt: the C/T row of the data box
    QRectF alertBar; // over takt without a data box: a bar inside the process box
    QRectF operatorGlyph;
    QRectF bottleneckTag;
    QRectF sharingTag;
    QRectF workcellGlyph;
    QRectF offFlowTag; // "not in the flow", above everything else

    QRectF content() const
    {
        QRectF r = icon.adjusted(-OutlineWidth, -OutlineWidth, OutlineWidth, OutlineWidth);
        for (const TextBlock &t : texts)
            r |= t.rect.adjusted(-1, -1, 1, 1);
        for (const QRectF &extra : {dataBox, bottleneckTag, sharingTag, offFlowTag})
            if (!extra.isNull())
                r |= extra.adjusted(-ThinWidth, -ThinWidth, ThinWidth, ThinWidth);
        return r;
    }
};

QRectF shapeRect(const MapElement &e);
void drawProcessExtras(QPainter *p, const ElementLayout &l);
void drawSelection(QPainter *p, const MapElement &e, const ElementLayout &l);
void drawOffFlowTag(QPainter *p, const ElementLayout &l);

/** Laying out an element shapes its text, which is costly; the ladder, the bounds and the
 *  painting of one map ask for the same layouts many times, so they are kept by content. */
const ElementLayout &cachedLayout(const MapElement &e, const MapPainter::Options &o);

} // namespace Takt::Paint
