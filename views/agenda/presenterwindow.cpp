#include "presenterwindow.h"

#include "agenda/agendastore.h"
#include "agenda/facilitationtimer.h"

#include <QApplication>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScreen>
#include <QTimer>

namespace Takt {

namespace {
using Phase = FacilitationTimer::Phase;

// Light on dark for a projector; each pair well over 7:1. The cue's colour only backs up its
// word and its shape.
const QColor Background(0x12, 0x16, 0x1c);
const QColor Text(0xf4, 0xf6, 0xf8);
const QColor Muted(0xb8, 0xc2, 0xcc);
const QColor Warning(0xff, 0xc8, 0x3d);
const QColor Over(0xff, 0x8a, 0x80);
} // namespace

PresenterWindow::PresenterWindow(AgendaStore &agenda, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_agenda(agenda)
    , m_timer(agenda.timer())
{
    setObjectName(QStringLiteral("presenter"));
    setWindowTitle(tr("Facilitation timer"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAccessibleName(tr("Facilitation timer for the room"));
    auto *ticker = new QTimer(this);
    ticker->setInterval(250); // the seconds change on time, without a busy loop
    connect(ticker, &QTimer::timeout, this, &PresenterWindow::tick);
    ticker->start();
    connect(m_timer, &FacilitationTimer::changed, this, qOverload<>(&QWidget::update));
}

void PresenterWindow::showFor(QScreen *facilitatorScreen)
{
    QScreen *target = facilitatorScreen;
    for (QScreen *screen : QGuiApplication::screens())
        if (screen != facilitatorScreen) {
            target = screen; // the projector
            break;
        }
    if (target) {
        setScreen(target);
        setGeometry(target->geometry());
    }
    showFullScreen();
}

void PresenterWindow::tick()
{
    const bool over = m_timer->phase() == Phase::Overtime && m_timer->isRunning();
    if (over && !m_wasOver)
        QApplication::beep(); // once, at zero
    m_wasOver = over;
    update();
}

int PresenterWindow::digitsPixelSize() const
{
    // A third of the height: at 1080p 360 px digits, read from well beyond 10 m.
    return qMax(24, height() / 3);
}

QString PresenterWindow::digitsText() const
{
    return m_timer->item() ? FacilitationTimer::clockText(m_timer->remaining())
                           : QStringLiteral("–:––");
}

QString PresenterWindow::cueText() const
{
    switch (m_timer->phase()) {
    case Phase::LastMinutes:
        return tr("%1 min left").arg(int(std::ceil(m_timer->remaining() / 60.0)));
    case Phase::Overtime:
        return tr("Time is up");
    default:
        return m_timer->item() && !m_timer->isRunning() ? tr("Paused") : QString();
    }
}

void PresenterWindow::drawCueShape(QPainter &painter, const QRectF &box) const
{
    // A triangle in the last minutes, an octagon (a stop sign) over time.
    QPainterPath path;
    const QPointF c = box.center();
    const qreal r = box.height() / 2;
    if (m_timer->phase() == Phase::LastMinutes) {
        path.moveTo(c.x(), c.y() - r);
        path.lineTo(c.x() + r, c.y() + r * 0.8);
        path.lineTo(c.x() - r, c.y() + r * 0.8);
    } else {
        for (int i = 0; i < 8; ++i) {
            const qreal a = (22.5 + 45 * i) * M_PI / 180;
            const QPointF p(c.x() + r * std::cos(a), c.y() + r * std::sin(a));
            i ? path.lineTo(p) : path.moveTo(p);
        }
    }
    path.closeSubpath();
    painter.fillPath(path, m_timer->phase() == Phase::LastMinutes ? Warning : Over);
}

void PresenterWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), Background);
    const AgendaItem *item = m_agenda.row(m_timer->item());
    const int h = height();
    const int margin = h / 20;
    QFont font = this->font();
    // The item, at the top.
    font.setPixelSize(qMax(12, h / 14));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Text);
    const QRect top(margin, margin, width() - 2 * margin, h / 6);
    painter.drawText(top, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     item ? item->title : tr("No agenda item is being timed"));
    // The digits, in the middle.
    font.setPixelSize(digitsPixelSize());
    painter.setFont(font);
    const Phase phase = m_timer->phase();
    painter.setPen(phase == Phase::Overtime ? Over : phase == Phase::LastMinutes ? Warning : Text);
    const QRect middle(0, h / 4, width(), h / 2);
    painter.drawText(middle, Qt::AlignCenter, digitsText());
    // The cue: a shape and a word.
    const QString cue = cueText();
    font.setPixelSize(qMax(12, h / 12));
    painter.setFont(font);
    if (!cue.isEmpty()) {
        const int cueHeight = h / 10;
        const QRect cueBox(margin, h * 3 / 4, width() - 2 * margin, cueHeight);
        const int textWidth = QFontMetrics(font).horizontalAdvance(cue);
        const int shape = (phase == Phase::LastMinutes || phase == Phase::Overtime) ? cueHeight : 0;
        const int left = (width() - textWidth - shape - (shape ? margin / 2 : 0)) / 2;
        if (shape)
            drawCueShape(painter, QRectF(left, cueBox.top(), shape, shape));
        painter.drawText(
            QRect(left + shape + (shape ? margin / 2 : 0), cueBox.top(), textWidth + 4, cueHeight),
            Qt::AlignVCenter | Qt::AlignLeft, cue);
    }
    // What comes next and how the agenda stands, at the bottom.
    font.setPixelSize(qMax(10, h / 28));
    font.setBold(false);
    painter.setFont(font);
    painter.setPen(Muted);
    QString bottom = tr("Agenda: %1").arg(AgendaStore::balanceText(m_agenda.balance()));
    const int index = m_agenda.items().indexOf(m_timer->item());
    if (index >= 0 && index + 1 < m_agenda.items().count())
        bottom = tr("Next: %1 · %2").arg(m_agenda.items().items().at(index + 1).title, bottom);
    painter.drawText(QRect(margin, h - margin - h / 20, width() - 2 * margin, h / 20),
                     Qt::AlignCenter, bottom);
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        close();
        return;
    case Qt::Key_Space:
        m_timer->isRunning() ? m_timer->pause() : m_timer->start();
        return;
    case Qt::Key_N:
    case Qt::Key_Right:
        m_timer->next();
        return;
    case Qt::Key_1:
        m_timer->addMinutes(1);
        return;
    case Qt::Key_5:
        m_timer->addMinutes(5);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace Takt
