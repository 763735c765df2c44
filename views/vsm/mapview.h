#pragma once

#include <QGraphicsView>

namespace Takt {

/** The map's viewport: Ctrl+wheel zooms around the cursor, the middle button or Space+drag
 *  pans, a drag on empty canvas selects with a rubber band. */
class MapView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit MapView(QGraphicsScene *scene, QWidget *parent = nullptr);

    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal zoom);
    void zoomIn() { setZoom(zoom() * 1.25); }
    void zoomOut() { setZoom(zoom() / 1.25); }
    /** Fits the whole map, and keeps it fitted as the view is resized until the user zooms. */
    void zoomToFit();
    void resetZoom() { setZoom(1.0); }

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool m_fitted = false; // the map is fitted and follows the view's size
    bool m_fitting = false;
    QSize m_fittedSize;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panStart;
};

} // namespace Takt
