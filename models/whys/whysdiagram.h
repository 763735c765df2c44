#pragma once

#include "common/diagram.h"
#include "fivewhystree.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QRectF>

class QPainter;

namespace Takt {

/**
 * The 5 Whys as a tree diagram: the problem at the top, each cause below its effect, laid
 * out so that no two boxes overlap whatever the tree (each subtree owns a band of its own;
 * a parent is centred over its children). A cause's status is written in its box, not only
 * coloured; a root cause has a heavy frame and says so. One drawing for the window, the
 * image exports and the pack; sizes follow the font's pixel size.
 */
class WhysDiagram : public Diagram
{
    Q_DECLARE_TR_FUNCTIONS(WhysDiagram)

public:
    WhysDiagram(const FiveWhysTree &tree, const QFont &font);

    QRectF bounds() const override { return m_bounds; }
    QRectF problemRect() const { return m_problem; }
    QRectF boxOf(EntityId cause) const override { return m_boxes.value(cause); }
    /** The cause whose box is at @p point; 0 for none (or the problem). */
    EntityId itemAt(QPointF point) const override;
    void paint(QPainter &painter, EntityId selected = 0, const QRectF &visible = {}) const override;

    static QString statusText(WhyCause::Status status);

private:
    qreal place(EntityId parent, int depth, qreal *nextX, QList<qreal> *rowHeights);
    qreal textHeight(const WhyCause &cause) const;
    void paintBox(QPainter &painter, const WhyCause &cause, bool selected) const;

    const FiveWhysTree m_tree;
    QFont m_font;
    QFont m_small;
    qreal m_boxWidth;
    qreal m_pad;
    QHash<EntityId, QList<const WhyCause *>> m_children;
    QHash<EntityId, QRectF> m_boxes; // x, width and height; y per row once rows are known
    QHash<EntityId, int> m_depth;
    QRectF m_problem;
    QRectF m_bounds;
};

} // namespace Takt
