#include "facilitationtimer.h"

#include "agendastore.h"
#include "core/changefield.h"
#include "document/document.h"

#include <QElapsedTimer>
#include <QUndoStack>

#include <cmath>
#include <memory>

namespace Takt {

FacilitationTimer::FacilitationTimer(AgendaStore &agenda, QObject *parent)
    : QObject(parent)
    , m_agenda(agenda)
{
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    m_clock = [elapsed] { return elapsed->elapsed(); };
    // An item deleted while timed: the timer lets go of it. Queued, because moving an item
    // takes it out and puts it back: a moved item is there again and keeps its time.
    connect(
        &agenda.rowList(), &EntityListBase::removed, this,
        [this](EntityId id) {
            if (id == m_item && !m_agenda.row(id)) {
                m_item = 0;
                m_running = false;
                Q_EMIT changed();
            }
        },
        Qt::QueuedConnection);
}

void FacilitationTimer::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

double FacilitationTimer::elapsed() const
{
    return m_before + (m_running ? (now() - m_startedAt) / 1000.0 : 0.0);
}

double FacilitationTimer::remaining() const
{
    const AgendaItem *item = m_agenda.row(m_item);
    return item ? item->plannedSeconds() + m_added - elapsed() : 0;
}

FacilitationTimer::Phase FacilitationTimer::phase() const
{
    if (!m_item)
        return Phase::Idle;
    const double left = remaining();
    if (left <= 0)
        return Phase::Overtime;
    return left <= WarningSeconds ? Phase::LastMinutes : Phase::Running;
}

QString FacilitationTimer::clockText(double remainingSeconds)
{
    // Counting down in whole seconds up, so that 0:00 is shown only once the time is up.
    const qint64 seconds = remainingSeconds > 0 ? qint64(std::ceil(remainingSeconds))
                                                : qint64(std::floor(-remainingSeconds));
    const QString text
        = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return remainingSeconds > 0 ? text : QStringLiteral("+") + text;
}

EntityId FacilitationTimer::nextItem(EntityId after) const
{
    const QList<AgendaItem> &items = m_agenda.rows().items();
    // The first item not yet run, after @p after or from the start: moving on never runs an
    // item that has its time again (Start on a selected item does).
    const int from = after ? m_agenda.rows().indexOf(after) + 1 : 0;
    for (int i = qMax(0, from); i < items.size(); ++i)
        if (!items.at(i).isRun())
            return items.at(i).id;
    return 0;
}

void FacilitationTimer::start(EntityId item)
{
    if (!item)
        item = m_item ? m_item : nextItem(0);
    if (!item || (m_running && item == m_item))
        return;
    if (item != m_item) {
        if (m_running)
            finish();
        m_item = item;
        const AgendaItem *row = m_agenda.row(item);
        m_before = row ? row->actual.value_or(0) : 0; // resumed where it was recorded
        m_added = 0;
    }
    m_startedAt = now();
    m_running = true;
    Q_EMIT changed();
}

void FacilitationTimer::pause()
{
    if (!m_running)
        return;
    m_before = elapsed();
    m_running = false;
    Q_EMIT changed();
}

void FacilitationTimer::addMinutes(int minutes)
{
    if (!m_item)
        return;
    m_added += minutes * 60.0;
    Q_EMIT changed();
}

void FacilitationTimer::finish()
{
    if (!m_item)
        return;
    const double seconds = qRound(elapsed()); // whole seconds: what a room counts
    pause();
    const AgendaItem *row = m_agenda.row(m_item);
    if (row && row->actual != seconds) {
        // A step of its own: not merged with an edit of the same cell before it.
        auto *record = new QUndoCommand(tr("Record the Time of “%1”").arg(row->title));
        new ChangeField(&m_agenda.rowList(), m_item, int(AgendaItem::Field::Actual), seconds,
                        record);
        m_agenda.document().undoStack()->push(record);
    }
    Q_EMIT changed();
}

void FacilitationTimer::next()
{
    const EntityId current = m_item;
    finish();
    const EntityId following = current ? nextItem(current) : nextItem(0);
    m_item = 0;
    m_running = false;
    if (following)
        start(following);
    else
        Q_EMIT changed();
}

} // namespace Takt
