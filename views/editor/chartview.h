#pragma once

#include <QChartView>

#include <functional>

class QBarSet;
class QXYSeries;

namespace Takt {

/**
 * A chart on screen, as every chart of Takt shows one: zoomed by dragging a rectangle, by the
 * wheel or by + and − (0, Escape or a double-click shows it all again; the arrows pan), the
 * value under the pointer in a tooltip, and saved as a PNG or SVG image from its context menu.
 * The chart saved is the one shown: one rendering.
 */
class ChartView : public QChartView
{
    Q_OBJECT

public:
    /** What a point of a line or scatter series says on hover: "12 Mar: 6.4 h". */
    using PointText = std::function<QString(const QXYSeries *series, const QPointF &point)>;

    explicit ChartView(QWidget *parent = nullptr);

    /** Shows @p chart (owned from here), its series answering the pointer; frees the old.
     *  A zoomed view stays on the stretch it shows: the room looks at one while adding. */
    void showChart(QChart *chart);
    void setPointText(const PointText &text) { m_pointText = text; }
    /** What the last hover said (empty when the pointer left): what the tooltip shows. */
    QString hoverText() const { return m_hoverText; }
    bool isZoomed() const;
    /** Back to the whole chart, from any zoom. */
    void showAll();

    /** @p views one under the other, as they are shown, and @p caption under them, as a PNG
     *  (twice the pixels, for slides) or an SVG (vectors) by @p path's suffix. Returns an
     *  error message, or an empty string when the file is written. */
    static QString
    saveImage(const QList<QGraphicsView *> &views, const QString &caption, const QString &path);
    /** Asks where, then saves; @p views and @p caption as saveImage() takes them. */
    static void saveImageAs(QWidget *parent,
                            const QList<QGraphicsView *> &views,
                            const QString &caption,
                            const QString &suggestedName);

Q_SIGNALS:
    /** The context menu's "Save as Image…": the owner knows what belongs in the image. */
    void saveRequested();

protected:
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void watch(QBarSet *set, const QStringList &categories);
    void showHover(const QString &text);
    QList<QPair<qreal, qreal>> ranges() const; // of the value axes, in the chart's order
    void setRanges(const QList<QPair<qreal, qreal>> &ranges);

    PointText m_pointText;
    QString m_hoverText;
    QList<QPair<qreal, qreal>> m_fullRanges; // the chart as built: what showAll() returns to
    bool m_zoomed = false;
    bool m_hoverFromPoint = false; // the hover text came from the nearest point, not a bar // kept
                                   // over a redraw (chart()->isZoomed() is the chart's own)
};

} // namespace Takt
