#pragma once

#include "common/diagram.h"
#include "fishbonetree.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QLineF>

namespace Takt {

/**
 * A fishbone as the classic diagram: the effect at the head on the right, a spine to it, one
 * slanted bone per category above and below in turn, each cause a line of text ending at its
 * bone and each sub-cause a line ending at its cause's. Every category owns a band of its own
 * and every cause a row of its band, so that no text overlaps another whatever the tree. A
 * likely cause is bold and says so in words, not only by weight. Sizes follow the font's pixel
 * size; one drawing for the window, the image exports and the pack.
 */
class FishboneDrawing : public Diagram
{
    Q_DECLARE_TR_FUNCTIONS(FishboneDrawing)

public:
    FishboneDrawing(const FishboneTree &tree, const QFont &font);

    QRectF bounds() const override { return m_bounds; }
    QRectF boxOf(EntityId item) const override;
    QRectF headRect() const { return m_head; }
    /** A cause or a category at @p point; 0 for none. */
    EntityId itemAt(QPointF point) const override;
    /** The effect, at the head on the right. */
    Qt::Alignment readFirst() const override { return Qt::AlignRight | Qt::AlignVCenter; }
    void paint(QPainter &painter, EntityId selected = 0, const QRectF &visible = {}) const override;

    /** A cause's words as drawn: marked when it is likely. */
    static QString causeText(const FishboneCause &cause);

private:
    struct Row
    {
        const FishboneCause *cause = nullptr;
        int depth = 1;
        QRectF text; // its words, above its line
        QLineF line; // ends at the bone, or at the cause it explains
        QLineF link; // from the line's end up or down to its parent's line
        qreal height = 0;
    };
    struct Bone
    {
        const FishboneCategory *category = nullptr;
        bool above = true;
        QRectF label;
        QLineF line; // from the far end to the spine
        QList<Row> rows;
        qreal left = 0, right = 0, height = 0; // relative to where it meets the spine
    };

    void measure(Bone &bone) const;
    void place(Bone &bone, qreal spineX, qreal spineY) const;
    void paintRow(QPainter &painter, const Row &row, bool selected) const;

    const FishboneTree m_tree;
    QFont m_font;
    QFont m_bold;
    QFont m_small;
    qreal m_px;
    qreal m_textWidth;
    QList<Bone> m_bones;
    QHash<EntityId, QRectF> m_boxes;
    QLineF m_spine;
    QRectF m_head;
    QRectF m_bounds;
};

} // namespace Takt
