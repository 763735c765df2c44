#include "chartview.h"

#include "common/wholefile.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHelpEvent>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QToolTip>
#include <QValueAxis>
#include <QXYSeries>

namespace Takt {

namespace {

/** The unit a chart's values are in: its value axis' title ("h"), if it has one. */
QString unitOf(const QChart *chart, Qt::Orientation orientation)
{
    for (const QAbstractAxis *axis : chart->axes(orientation))
        if (qobject_cast<const QValueAxis *>(axis))
            return axis->titleText();
    return {};
}

QString valueText(qreal value, const QString &unit)
{
    const QString number = QLocale().toString(value, 'g', 4);
    return unit.isEmpty() ? number : ChartView::tr("%1 %2").arg(number, unit);
}

} // namespace

ChartView::ChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    setFocusPolicy(Qt::StrongFocus); // + − 0 and the arrows work from the keyboard
    viewport()->setMouseTracking(true); // the value under the pointer, without a button
    // Not the widget's tooltip: that one would cover the value under the pointer (event()).
    setAccessibleDescription(tr("Drag a rectangle, turn the wheel or press + and − to zoom; "
                                "0 or a double-click shows it all; right-click to save it as "
                                "an image"));
}

void ChartView::showChart(QChart *newChart)
{
    QChart *old = chart();
    const QList<QPair<qreal, qreal>> shown = isZoomed() ? ranges() : QList<QPair<qreal, qreal>>();
    setChart(newChart);
    delete old;
    m_fullRanges = ranges();
    m_zoomed = false;
    if (!shown.isEmpty() && shown.size() == m_fullRanges.size()) {
        setRanges(shown);
        m_zoomed = true;
    }
    m_hoverText.clear();
    setAccessibleName(newChart->title());
    for (QAbstractSeries *series : newChart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            QStringList categories;
            for (QAbstractAxis *axis : bars->attachedAxes())
                if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
                    categories = c->categories();
            for (QBarSet *set : bars->barSets())
                watch(set, categories);
        }
    }
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    if (!chart() || event->buttons() != Qt::NoButton)
        return;
    // The nearest point of any named line or scatter, within reach of the pointer: a line
    // three pixels wide is too thin a target in a room.
    const QPointF at = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    const QXYSeries *best = nullptr;
    QPointF bestPoint;
    qreal bestDistance = 24; // pixels
    for (QAbstractSeries *s : chart()->series()) {
        auto *xy = qobject_cast<QXYSeries *>(s);
        if (!xy || xy->name().isEmpty() || !xy->isVisible()
            || !chart()->plotArea().adjusted(-8, -8, 8, 8).contains(at))
            continue;
        for (const QPointF &p : xy->points()) {
            const qreal d = QLineF(chart()->mapToPosition(p, xy), at).length();
            if (d < bestDistance) {
                bestDistance = d;
                best = xy;
                bestPoint = p;
            }
        }
    }
    if (!best) {
        // Only what this search showed goes: a bar's text stays while the pointer is on it.
        if (m_hoverFromPoint)
            showHover(QString());
        return;
    }
    m_hoverFromPoint = true;
    showHover(m_pointText
                  ? m_pointText(best, bestPoint)
                  : tr("%1: %2").arg(best->name(),
                                     valueText(bestPoint.y(), unitOf(chart(), Qt::Vertical))));
}

void ChartView::watch(QBarSet *set, const QStringList &categories)
{
    connect(set, &QBarSet::hovered, this, [this, set, categories](bool inside, int index) {
        m_hoverFromPoint = false;
        if (!inside)
            return showHover(QString());
        const bool horizontal = !unitOf(chart(), Qt::Horizontal).isEmpty();
        const QString unit = unitOf(chart(), horizontal ? Qt::Horizontal : Qt::Vertical);
        // Category names may carry line breaks for the axis ("Flow<br>efficiency").
        QString category = categories.value(index);
        category.replace(QLatin1String("<br>"), QLatin1String(" "));
        showHover(tr("%1, %2: %3").arg(set->label(), category, valueText(set->at(index), unit)));
    });
}

void ChartView::showHover(const QString &text)
{
    if (text == m_hoverText)
        return;
    m_hoverText = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

bool ChartView::viewportEvent(QEvent *event)
{
    // QGraphicsView would ask the scene, whose items have no tooltips, and hide ours.
    if (event->type() == QEvent::ToolTip) {
        // The value under the pointer when there is one, how to zoom otherwise.
        const auto *help = static_cast<QHelpEvent *>(event);
        QToolTip::showText(help->globalPos(),
                           m_hoverText.isEmpty() ? accessibleDescription() : m_hoverText, this);
        return true;
    }
    return QChartView::viewportEvent(event);
}

bool ChartView::isZoomed() const
{
    return m_zoomed || (chart() && chart()->isZoomed());
}

void ChartView::showAll()
{
    if (!chart())
        return;
    chart()->zoomReset();
    setRanges(m_fullRanges);
    m_zoomed = false;
}

QList<QPair<qreal, qreal>> ChartView::ranges() const
{
    QList<QPair<qreal, qreal>> result;
    if (chart())
        for (const QAbstractAxis *axis : chart()->axes())
            if (const auto *value = qobject_cast<const QValueAxis *>(axis))
                result << qMakePair(value->min(), value->max());
    return result;
}

void ChartView::setRanges(const QList<QPair<qreal, qreal>> &ranges)
{
    int i = 0;
    for (QAbstractAxis *axis : chart()->axes())
        if (auto *value = qobject_cast<QValueAxis *>(axis); value && i < ranges.size()) {
            value->setRange(ranges.at(i).first, ranges.at(i).second);
            ++i;
        }
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    if (!chart() || event->angleDelta().y() == 0)
        return QChartView::wheelEvent(event);
    chart()->zoom(event->angleDelta().y() > 0 ? 1.25 : 0.8);
    event->accept();
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    if (!chart())
        return QChartView::keyPressEvent(event);
    const qreal step = 24;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        chart()->zoomIn();
        break;
    case Qt::Key_Minus:
        chart()->zoomOut();
        break;
    case Qt::Key_0:
    case Qt::Key_Escape:
        if (!isZoomed())
            return QChartView::keyPressEvent(event); // Escape still closes a dialog
        showAll();
        break;
    case Qt::Key_Left:
        chart()->scroll(-step, 0);
        break;
    case Qt::Key_Right:
        chart()->scroll(step, 0);
        break;
    case Qt::Key_Up:
        chart()->scroll(0, step);
        break;
    case Qt::Key_Down:
        chart()->scroll(0, -step);
        break;
    default:
        return QChartView::keyPressEvent(event);
    }
    event->accept();
}

void ChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    showAll();
    event->accept();
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    // QChartView zooms out on a right click; here the right button opens the context menu.
    if (event->button() == Qt::RightButton)
        return QGraphicsView::mouseReleaseEvent(event);
    QChartView::mouseReleaseEvent(event);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Save as &Image…"), this, &ChartView::saveRequested);
    QAction *reset = menu.addAction(tr("Show &All"), this, &ChartView::showAll);
    reset->setEnabled(isZoomed());
    menu.exec(event->globalPos());
}

QString ChartView::saveImage(const QList<QGraphicsView *> &views,
                             const QString &caption,
                             const QString &path)
{
    QSizeF size(0, 0);
    for (const QGraphicsView *view : views)
        size = QSizeF(qMax(size.width(), qreal(view->width())), size.height() + view->height());
    QTextDocument text;
    text.setDefaultFont(views.isEmpty() ? QFont() : views.first()->font());
    text.setPlainText(caption);
    text.setTextWidth(size.width() - 24);
    if (!caption.isEmpty())
        size.rheight() += text.size().height() + 12;
    const auto paint = [&](QPainter *painter) {
        painter->fillRect(QRectF(QPointF(0, 0), size), Qt::white);
        painter->setRenderHint(QPainter::Antialiasing);
        qreal y = 0;
        for (QGraphicsView *view : views) {
            const QRectF target(0, y, view->width(), view->height());
            view->render(painter, target, view->viewport()->rect());
            y += view->height();
        }
        painter->translate(12, y + 6);
        text.drawContents(painter);
    };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        QImage image((size * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        QPainter painter(&image);
        paint(&painter);
        painter.end();
        image.save(&buffer, "PNG");
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        svg.setTitle(caption.section(QLatin1Char('\n'), 0, 0));
        QPainter painter(&svg);
        paint(&painter);
    } else {
        return tr("%1: choose a .png or an .svg file.").arg(QDir::toNativeSeparators(path));
    }
    buffer.close();
    return WholeFile::write(path, bytes);
}

void ChartView::saveImageAs(QWidget *parent,
                            const QList<QGraphicsView *> &views,
                            const QString &caption,
                            const QString &suggestedName)
{
    QString name = suggestedName;
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save Chart as Image"),
                                                      name + QStringLiteral(".png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    const QString error = saveImage(views, caption, path);
    if (!error.isEmpty())
        QMessageBox::warning(parent, tr("Save Chart as Image"), error);
}

} // namespace Takt
