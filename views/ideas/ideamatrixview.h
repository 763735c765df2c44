#pragma once

#include "core/entityid.h"

#include <QWidget>

namespace Takt {

class Document;
class IdeaStore;

/** The impact/effort 2×2 of the kaizen ideas (IdeaMatrix); a disc dragged to another place
 *  re-scores its idea, as one undo step. */
class IdeaMatrixView : public QWidget
{
    Q_OBJECT

public:
    IdeaMatrixView(Document *document, QWidget *parent = nullptr);

    /** The point of @p idea's disc, in this widget. */
    QPointF discCentre(EntityId idea) const;

Q_SIGNALS:
    void ideaClicked(Takt::EntityId idea);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    QSize sizeHint() const override { return {420, 320}; }

private:
    Document *const m_document;
    IdeaStore *const m_store;
    EntityId m_dragged = 0;
    QPointF m_dragAt;
    QPointF m_pressAt;
};

} // namespace Takt
