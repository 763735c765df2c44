#include "diagramview.h"

#include "document/artefactstore.h"

#include "common/diagram.h"
#include "core/entitylistbase.h"
#include "editorcontext.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QTimer>

namespace Takt {

DiagramView::DiagramView(Build build, const QFont &paperFont, QWidget *parent)
    : QScrollArea(parent)
    , m_build(std::move(build))
    , m_paperFont(paperFont)
    , m_screenFont(paperFont)
    , m_canvas(new QWidget)
{
    // Large enough for the back row at 100 %: the pack's size, scaled by the zoom.
    m_screenFont.setPixelSize(16);
    setBackgroundRole(QPalette::Base);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_canvas->setAttribute(Qt::WA_OpaquePaintEvent);
    setWidget(m_canvas);
    relayout();
}

DiagramView::~DiagramView() = default;

void DiagramView::watch(const EntityListBase *list)
{
    // Any change: laid out again once, after the batch.
    connect(list, &EntityListBase::modified, this, &DiagramView::scheduleRelayout);
}

void DiagramView::watch(const ArtefactStore *store)
{
    connect(store, &ArtefactStore::modified, this, &DiagramView::scheduleRelayout);
}

void DiagramView::scheduleRelayout()
{
    if (std::exchange(m_relayoutPending, true))
        return;
    QTimer::singleShot(0, this, [this] {
        m_relayoutPending = false;
        relayout();
    });
}

void DiagramView::relayout()
{
    m_diagram = m_build(m_screenFont);
    const QSizeF size = m_diagram->bounds().size() * m_zoom;
    m_canvas->resize(qCeil(size.width()), qCeil(size.height()));
    m_canvas->update();
}

void DiagramView::setZoom(qreal zoom)
{
    m_fitting = false; // the user's zoom stays, whatever the window does
    applyZoom(zoom);
}

void DiagramView::applyZoom(qreal zoom)
{
    m_zoom = qBound(0.1, zoom, 4.0);
    relayout();
}

void DiagramView::zoomToFit()
{
    const QSizeF whole = m_diagram->bounds().size();
    const QSizeF room = viewport()->size();
    if (whole.isEmpty())
        return;
    setZoom(qMin(1.5, qMin(room.width() / whole.width(), room.height() / whole.height())));
}

void DiagramView::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    fitReadable();
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fitReadable(); // the splitter and the docks settle after the first show
}

void DiagramView::fitReadable()
{
    // Shown whole where it can be read so (text of 10 px and up), else at that size and
    // scrolled to the part the diagram says is read first (a fishbone's head); until the user
    // zooms.
    const QSizeF whole = m_diagram->bounds().size();
    const QSizeF room = viewport()->size();
    if (!m_fitting || whole.isEmpty() || room.isEmpty())
        return;
    applyZoom(qBound(0.6, qMin(room.width() / whole.width(), room.height() / whole.height()), 1.0));
    const Qt::Alignment first = m_diagram->readFirst();
    horizontalScrollBar()->setValue(first & Qt::AlignRight ? horizontalScrollBar()->maximum() : 0);
    verticalScrollBar()->setValue(first & Qt::AlignBottom ? verticalScrollBar()->maximum()
                                      : first & Qt::AlignVCenter
                                      ? verticalScrollBar()->maximum() / 2
                                      : 0);
}

void DiagramView::setSelected(EntityId item)
{
    if (m_selected == item)
        return;
    m_selected = item;
    m_canvas->update();
    const QRectF box = m_diagram->boxOf(item);
    if (!box.isEmpty()) {
        const QRectF shown((box.topLeft() - m_diagram->bounds().topLeft()) * m_zoom,
                           box.size() * m_zoom);
        ensureVisible(int(shown.center().x()), int(shown.center().y()), int(shown.width() / 2),
                      int(shown.height() / 2));
    }
}

bool DiagramView::eventFilter(QObject *watched, QEvent *event)
{
    // QScrollArea watches its widget too, from setWidget() on: before there is a diagram.
    if (watched != m_canvas || !m_diagram)
        return QScrollArea::eventFilter(watched, event);
    const QPointF origin = m_diagram->bounds().topLeft();
    if (event->type() == QEvent::Paint) {
        const QRect exposed = static_cast<QPaintEvent *>(event)->rect();
        QPainter painter(m_canvas);
        painter.fillRect(exposed, Qt::white);
        painter.scale(m_zoom, m_zoom);
        painter.translate(-origin);
        m_diagram->paint(
            painter, m_selected,
            QRectF(QPointF(exposed.topLeft()) / m_zoom + origin, QSizeF(exposed.size()) / m_zoom));
        return true;
    }
    if (event->type() == QEvent::MouseButtonPress) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QPointF point = mouse->position() / m_zoom + origin;
        Q_EMIT clicked(point);
        if (const EntityId item = m_diagram->itemAt(point))
            Q_EMIT itemClicked(item);
        return true;
    }
    return QScrollArea::eventFilter(watched, event);
}

bool DiagramView::saveImage(const QString &path, const QString &title, QString *error) const
{
    const std::unique_ptr<Diagram> diagram = m_build(m_paperFont);
    const QRectF bounds = diagram->bounds();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const auto draw = [&](QPainter &painter, qreal scale) {
        painter.scale(scale, scale);
        painter.translate(-bounds.topLeft());
        diagram->paint(painter);
    };
    bool ok = true;
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(bounds.size().toSize());
        svg.setViewBox(QRectF(QPointF(), bounds.size()));
        svg.setTitle(title);
        QPainter painter;
        ok = painter.begin(&svg);
        if (ok)
            draw(painter, 1.0);
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setTitle(title);
        pdf.setPageOrientation(QPageLayout::Landscape);
        QPainter painter;
        ok = painter.begin(&pdf);
        if (ok) {
            const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
            draw(painter, qMin(page.width() / bounds.width(), page.height() / bounds.height()));
        }
    } else {
        QImage image((bounds.size() * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        draw(painter, 2.0);
        painter.end();
        ok = image.save(path, "PNG");
    }
    if (!ok && error)
        *error = tr("%1 could not be written").arg(QDir::toNativeSeparators(path));
    return ok;
}

void DiagramView::saveWithDialog(EditorContext &context, const QString &title) const
{
    const QString path = QFileDialog::getSaveFileName(
        context.window(), tr("Save Diagram as Image"), title + QStringLiteral(".png"),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveImage(path, title, &error))
        QMessageBox::warning(context.window(), tr("Save Diagram as Image"), error);
    else
        context.showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
}

} // namespace Takt
