#include "presentationwindow.h"

#include "document/artefactkind.h"
#include "document/artefactstore.h"
#include "document/document.h"
#include "pack/slidedeck.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <QUndoStack>

namespace Takt {

namespace {

/** A pointer the back of the room can follow: an arrow of about 5 % of the screen height. */
QCursor largePointer(int screenHeight)
{
    const int size = qBound(32, screenHeight / 20, 128);
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QPolygonF arrow({QPointF(2, 2), QPointF(2, size * 0.8), QPointF(size * 0.28, size * 0.6),
                           QPointF(size * 0.45, size * 0.95), QPointF(size * 0.58, size * 0.88),
                           QPointF(size * 0.42, size * 0.55), QPointF(size * 0.72, size * 0.55)});
    p.setPen(QPen(Qt::white, qMax(2, size / 16)));
    p.setBrush(SlideDeck::Ink);
    p.drawPolygon(arrow);
    p.end();
    return QCursor(pixmap, 2, 2);
}

} // namespace

PresentationWindow::PresentationWindow(Document *document,
                                       EntityId start,
                                       qreal textShare,
                                       QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
    , m_document(document)
    , m_textShare(textShare)
    , m_startArtefact(start)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Presentation"));
    setFocusPolicy(Qt::StrongFocus);
    // Edits made meanwhile in the facilitator's window show at once.
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        m_startArtefact = slide() ? slide()->artefact : m_startArtefact;
        rebuild();
    });
    rebuild();
}

void PresentationWindow::present(QScreen *screen)
{
    if (screen)
        setGeometry(screen->geometry());
    setCursor(largePointer(screen ? screen->geometry().height() : 1080));
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

const Slide *PresentationWindow::slide() const
{
    return m_current >= 0 && m_current < m_slides.size() ? &m_slides.at(m_current) : nullptr;
}

void PresentationWindow::rebuild()
{
    // Where we were: which artefact, and how many of its parts in.
    int part = 0;
    if (const Slide *s = slide())
        for (int i = m_current - 1; i >= 0 && m_slides.at(i).artefact == s->artefact; --i)
            ++part;
    const QSizeF screen = size().isEmpty() ? QSizeF(1920, 1080) : QSizeF(size());
    m_slides = SlideDeck::build(*m_document, screen, m_textShare);
    m_current = 0;
    for (int i = 0; i < m_slides.size(); ++i)
        if (m_slides.at(i).artefact == m_startArtefact) {
            m_current = i;
            while (part-- > 0 && m_current + 1 < m_slides.size()
                   && m_slides.at(m_current + 1).artefact == m_startArtefact)
                ++m_current;
            break;
        }
    update();
}

void PresentationWindow::go(int slide)
{
    m_current = qBound(0, slide, qMax(0, int(m_slides.size()) - 1));
    if (const Slide *s = this->slide())
        m_startArtefact = s->artefact;
    update();
}

QList<Slide> PresentationWindow::sideBySide() const
{
    const Slide *shown = slide();
    const ArtefactStore *store = shown ? m_document->storeOf(shown->artefact) : nullptr;
    const EntityId other = store ? store->kind().comparedWith(*m_document, shown->artefact) : 0;
    if (!m_sideBySide || !other)
        return {};
    // Each half with the text of the whole screen: the room reads both as it reads one. The
    // current state above (navigator order).
    const qreal room = height() > 0 ? height() : 1080;
    const QSizeF half(width() > 0 ? width() : 1920, room / 2);
    const QList<Slide> both
        = SlideDeck::build(*m_document, half, m_textShare, {shown->artefact, other}, room);
    // Of each, the part nearest to the middle of the part on screen: the same place of both
    // maps, whatever their cut.
    const QPointF middle = shown->source.center();
    const auto distance = [&middle](const Slide &s) {
        const QPointF d = s.source.center() - middle;
        return d.x() * d.x() + d.y() * d.y();
    };
    QList<Slide> pair;
    for (EntityId id : {both.value(0).artefact,
                        shown->artefact == both.value(0).artefact ? other : shown->artefact}) {
        const Slide *nearest = nullptr;
        for (const Slide &s : both)
            if (s.artefact == id && (!nearest || distance(s) < distance(*nearest)))
                nearest = &s;
        if (nearest)
            pair << *nearest;
    }
    return pair.size() == 2 ? pair : QList<Slide>();
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rebuild(); // the readable scale and the parts follow the screen
}

void PresentationWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_blank || !slide()) {
        painter.fillRect(rect(), Qt::black);
        if (!m_blank) { // nothing to present: say so, large
            QFont font = painter.font();
            font.setPixelSize(qMax(12, height() / 25));
            painter.setFont(font);
            painter.setPen(Qt::white);
            painter.drawText(rect(), Qt::AlignCenter,
                             tr("Nothing to present yet. Esc returns to the workshop."));
        }
        return;
    }
    const QList<Slide> pair = sideBySide();
    if (pair.isEmpty()) {
        SlideDeck::paint(&painter, *slide(), QSizeF(size()), m_figures);
        return;
    }
    const QSizeF half(width(), height() / 2.0);
    SlideDeck::paint(&painter, pair.first(), half, m_figures, height());
    painter.translate(0, half.height());
    SlideDeck::paint(&painter, pair.last(), half, m_figures, height());
    painter.setPen(QPen(SlideDeck::Ink, qMax(2, height() / 270)));
    painter.drawLine(QPointF(0, 0), QPointF(width(), 0));
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        go(m_current + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        go(m_current - 1);
        break;
    case Qt::Key_Home:
        go(0);
        break;
    case Qt::Key_End:
        go(int(m_slides.size()) - 1);
        break;
    case Qt::Key_F:
        m_figures = !m_figures;
        update();
        break;
    case Qt::Key_S: // current and future state, one above the other
        m_sideBySide = !m_sideBySide;
        update();
        break;
    case Qt::Key_B:
    case Qt::Key_Period: // what presentation remotes send for "blank"
        m_blank = !m_blank;
        update();
        break;
    case Qt::Key_Escape:
    case Qt::Key_F5:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace Takt
