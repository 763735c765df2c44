#pragma once

#include "core/entityid.h"

#include <QCoreApplication>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <utility>

class QPainter;

namespace Takt {

class IdeaStore;
struct KaizenIdea;

/**
 * The impact/effort 2×2: effort from low (left) to high, impact from high (top) to low; quick
 * wins top left, each quarter named in words. Each idea is a numbered disc at its scores. One
 * drawing for the window (which drags discs to re-score) and for the pack.
 */
class IdeaMatrix
{
    Q_DECLARE_TR_FUNCTIONS(IdeaMatrix)

public:
    IdeaMatrix(const IdeaStore &store, QSizeF size, QFont font);

    QRectF plot() const { return m_plot; }
    qreal discRadius() const;
    QPointF positionOf(const KaizenIdea &idea) const;
    /** The idea whose disc is at @p point, the topmost; 0 for none. */
    EntityId ideaAt(QPointF point) const;
    /** The impact and effort scores a disc dropped at @p point takes. */
    std::pair<int, int> scoresAt(QPointF point) const;
    void paint(QPainter &painter, EntityId selected = 0) const;

private:
    QPointF at(qreal impact, qreal effort) const;

    const IdeaStore &m_store;
    const QSizeF m_size;
    const QFont m_font;
    QRectF m_plot;
};

} // namespace Takt
