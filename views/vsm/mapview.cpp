#include "mapview.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace Takt {

MapView::MapView(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setAcceptDrops(true);
    setBackgroundBrush(Qt::white);
}

void MapView::setZoom(qreal zoom)
{
    m_fitted = m_fitting;
    zoom = qBound(0.1, zoom, 8.0);
    // Keyboard and menu zooms keep what is in the middle of the view in the middle.
    const QPointF centre = mapToScene(viewport()->rect().center());
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(NoAnchor);
    setTransform(QTransform::fromScale(zoom, zoom));
    centerOn(centre);
    setTransformationAnchor(anchor);
    Q_EMIT zoomChanged(zoom);
}

void MapView::zoomToFit()
{
    const QRectF content = scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (content.isEmpty())
        return;
    m_fitting = true;
    m_fittedSize = viewport()->size();
    fitInView(content, Qt::KeepAspectRatio);
    setZoom(qMin(zoom(), 2.0)); // a tiny map should not fill the projector with one box
    centerOn(content.center());
    m_fitting = false;
}

void MapView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        // The wheel zooms around the cursor: what is under it stays under it.
        const qreal steps = event->angleDelta().y() / 120.0;
        const qreal next = qBound(0.1, zoom() * std::pow(1.15, steps), 8.0);
        scale(next / zoom(), next / zoom());
        m_fitted = false;
        Q_EMIT zoomChanged(next);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // Docks opened or closed, a projector plugged in: keep the whole map in view. A change the
    // size of a scroll bar is the fit itself showing or hiding one: refitting would oscillate.
    const QSize delta = viewport()->size() - m_fittedSize;
    if (m_fitted && !m_fitting && (qAbs(delta.width()) > 40 || qAbs(delta.height()) > 40))
        zoomToFit();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panStart = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panStart;
        m_panStart = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void MapView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

} // namespace Takt
