#include "whysdiagramview.h"

#include "document/document.h"
#include "whys/fivewhyssection.h"
#include "whys/fivewhysstore.h"
#include "whys/whysdiagram.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTimer>

namespace Takt {

WhysDiagramView::WhysDiagramView(Document *document, EntityId analysis, QWidget *parent)
    : QScrollArea(parent)
    , m_store(FiveWhysStore::of(*document))
    , m_analysis(analysis)
    , m_canvas(new QWidget)
{
    setObjectName(QStringLiteral("whys-diagram"));
    setAccessibleName(tr("5 Whys tree diagram"));
    setBackgroundRole(QPalette::Base);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_canvas->setAttribute(Qt::WA_OpaquePaintEvent);
    setWidget(m_canvas);
    // Any change of the tree or its problem: laid out again once, after the batch.
    for (const EntityListBase *list :
         {static_cast<const EntityListBase *>(&m_store->causes()),
          static_cast<const EntityListBase *>(&m_store->analysisList())})
        connect(list, &EntityListBase::modified, this, &WhysDiagramView::scheduleRelayout);
    relayout();
}

WhysDiagramView::~WhysDiagramView() = default;

QFont WhysDiagramView::diagramFont() const
{
    // Large enough for the back row at 100 %: the pack's size, scaled by the zoom.
    QFont font = FiveWhysSection::diagramFont();
    font.setPixelSize(16);
    return font;
}

void WhysDiagramView::scheduleRelayout()
{
    if (std::exchange(m_relayoutPending, true))
        return;
    QTimer::singleShot(0, this, [this] {
        m_relayoutPending = false;
        relayout();
    });
}

void WhysDiagramView::relayout()
{
    m_diagram = std::make_unique<WhysDiagram>(m_store->tree(m_analysis), diagramFont());
    const QSizeF size = m_diagram->bounds().size() * m_zoom;
    m_canvas->resize(qCeil(size.width()), qCeil(size.height()));
    m_canvas->update();
}

void WhysDiagramView::setZoom(qreal zoom)
{
    m_zoom = qBound(0.1, zoom, 4.0);
    relayout();
}

void WhysDiagramView::zoomToFit()
{
    const QSizeF whole = m_diagram->bounds().size();
    const QSizeF room = viewport()->size();
    if (whole.isEmpty())
        return;
    setZoom(qMin(1.5, qMin(room.width() / whole.width(), room.height() / whole.height())));
}

void WhysDiagramView::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    // First shown whole where it can be read so (text of 10 px and up), else at that size.
    if (std::exchange(m_shown, true))
        return;
    const QSizeF whole = m_diagram->bounds().size();
    const QSizeF room = viewport()->size();
    if (!whole.isEmpty() && !room.isEmpty())
        setZoom(
            qBound(0.6, qMin(room.width() / whole.width(), room.height() / whole.height()), 1.0));
}

void WhysDiagramView::setSelectedCause(EntityId cause)
{
    if (m_selected == cause)
        return;
    m_selected = cause;
    m_canvas->update();
    const QRectF box = m_diagram->boxOf(cause);
    if (!box.isEmpty()) {
        const QRectF shown((box.topLeft() - m_diagram->bounds().topLeft()) * m_zoom,
                           box.size() * m_zoom);
        ensureVisible(int(shown.center().x()), int(shown.center().y()), int(shown.width() / 2),
                      int(shown.height() / 2));
    }
}

bool WhysDiagramView::eventFilter(QObject *watched, QEvent *event)
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
        const EntityId cause = m_diagram->causeAt(mouse->position() / m_zoom + origin);
        if (cause)
            Q_EMIT causeClicked(cause);
        return true;
    }
    return QScrollArea::eventFilter(watched, event);
}

bool WhysDiagramView::saveImage(const QString &path, QString *error) const
{
    const WhysDiagram diagram(m_store->tree(m_analysis), FiveWhysSection::diagramFont());
    const QRectF bounds = diagram.bounds();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const auto draw = [&](QPainter &painter, qreal scale) {
        painter.scale(scale, scale);
        painter.translate(-bounds.topLeft());
        diagram.paint(painter);
    };
    bool ok = true;
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(bounds.size().toSize());
        svg.setViewBox(QRectF(QPointF(), bounds.size()));
        svg.setTitle(m_store->artefactName(m_analysis));
        QPainter painter;
        ok = painter.begin(&svg);
        if (ok)
            draw(painter, 1.0);
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setTitle(m_store->artefactName(m_analysis));
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

} // namespace Takt
