#include "ideamatrixview.h"

#include "document/document.h"
#include "ideas/ideamatrix.h"
#include "ideas/ideastore.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QUndoStack>

namespace Takt {

IdeaMatrixView::IdeaMatrixView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_store(IdeaStore::of(*document))
{
    setObjectName(QStringLiteral("matrix"));
    setAccessibleName(tr("Impact and effort of the ideas"));
    setToolTip(tr("Drag an idea's disc to re-score it: up for more impact, right for more effort"));
    setMinimumSize(260, 200);
    connect(&m_store->ideas(), &EntityListBase::modified, this, qOverload<>(&QWidget::update));
}

QPointF IdeaMatrixView::discCentre(EntityId idea) const
{
    const KaizenIdea *i = m_store->row(idea);
    return i ? IdeaMatrix(*m_store, size(), font()).positionOf(*i) : QPointF();
}

void IdeaMatrixView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    const IdeaMatrix matrix(*m_store, size(), font());
    matrix.paint(painter, m_dragged);
    if (m_dragged) { // where it will land
        painter.setPen(QPen(Qt::black, 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(m_dragAt, matrix.discRadius(), matrix.discRadius());
    }
}

void IdeaMatrixView::mousePressEvent(QMouseEvent *event)
{
    m_dragged = IdeaMatrix(*m_store, size(), font()).ideaAt(event->position());
    m_dragAt = m_pressAt = event->position();
    if (m_dragged)
        Q_EMIT ideaClicked(m_dragged);
    update();
}

void IdeaMatrixView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragged)
        return;
    m_dragAt = event->position();
    update();
}

void IdeaMatrixView::mouseReleaseEvent(QMouseEvent *event)
{
    const EntityId idea = std::exchange(m_dragged, 0);
    const KaizenIdea *i = m_store->row(idea);
    // A click is not a drag: the disc stays where its scores put it.
    const bool moved
        = (event->position() - m_pressAt).manhattanLength() >= QApplication::startDragDistance();
    if (i && moved) {
        const auto [impact, effort]
            = IdeaMatrix(*m_store, size(), font()).scoresAt(event->position());
        if (impact != i->impactScore() || effort != i->effortScore())
            m_document->undoStack()->push(m_store->rescore(idea, impact, effort));
    }
    update();
}

} // namespace Takt
