#pragma once

#include "core/entityid.h"

#include <QFont>
#include <QPointF>
#include <QRectF>

class QPainter;

namespace Takt {

/**
 * A laid-out drawing of one artefact (a 5 Whys tree, a fishbone): what the window shows and
 * zooms, the image exports write and the pack fits on its page, all from one paint(). Its
 * items are the artefact's entities, found by their ids.
 */
class Diagram
{
public:
    virtual ~Diagram() = default;

    /** The font diagrams are drawn with on paper: in the pack and the image exports. */
    static QFont paperFont()
    {
        QFont font;
        font.setPixelSize(12);
        return font;
    }

    /** Everything drawn, in the diagram's units (pixels of its font). */
    virtual QRectF bounds() const = 0;
    /** Where @p item is drawn; empty when it is not. */
    virtual QRectF boxOf(EntityId item) const = 0;
    /** The item drawn at @p point; 0 for none. */
    virtual EntityId itemAt(QPointF point) const = 0;
    /** The part read first, shown when the whole does not fit the window (a fishbone's
     *  head, on the right). */
    virtual Qt::Alignment readFirst() const { return Qt::AlignLeft | Qt::AlignTop; }
    /** Draws what meets @p visible (all when it is null), @p selected ringed. */
    virtual void
    paint(QPainter &painter, EntityId selected = 0, const QRectF &visible = {}) const = 0;
};

} // namespace Takt
