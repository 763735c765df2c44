#pragma once

#include "core/entityid.h"

#include <QObject>

#include <functional>

namespace Takt {

class AgendaStore;

/**
 * The timer of the agenda item being run: started, paused, given a minute or five more, and
 * moved on to the next item, which records the time the item took (one undo step). It reads
 * an injected clock, so that a test steps time instead of waiting; a view asks for the
 * remaining time as often as it repaints. Not stored: a reopened workshop starts unrun items
 * afresh, and an item already run resumes from its recorded time.
 */
class FacilitationTimer : public QObject
{
    Q_OBJECT

public:
    /** Milliseconds from any fixed point, never going back (QElapsedTimer by default). */
    using Clock = std::function<qint64()>;
    /** How the time stands: what the presenter view shows besides the digits. */
    enum class Phase { Idle, Running, LastMinutes, Overtime };
    /** From this many seconds left, the last minutes (and the room is told). */
    static constexpr int WarningSeconds = 120;

    explicit FacilitationTimer(AgendaStore &agenda, QObject *parent = nullptr);

    void setClock(Clock clock);

    EntityId item() const { return m_item; }
    bool isRunning() const { return m_running; }
    /** Seconds the item has run, with what it ran before. */
    double elapsed() const;
    /** Seconds left of the item's planned time and what was added; negative when over. */
    double remaining() const;
    double added() const { return m_added; }
    Phase phase() const;
    /** The remaining time as the room reads it: "12:34", "0:07", and over time "+1:23". */
    static QString clockText(double remainingSeconds);

    /** Runs @p item (0: the current one, or the first not yet run). */
    void start(EntityId item = 0);
    void pause();
    void addMinutes(int minutes);
    /** Records the item's time and starts the next one (none at the end of the agenda). */
    void next();
    /** Records the item's time as one undo step, and stops. */
    void finish();

Q_SIGNALS:
    /** The item, the running state or the time added changed (not every second). */
    void changed();

private:
    qint64 now() const { return m_clock(); }
    EntityId nextItem(EntityId after) const;

    AgendaStore &m_agenda;
    Clock m_clock;
    EntityId m_item = 0;
    bool m_running = false;
    qint64 m_startedAt = 0; // when the current run began (clock ms)
    double m_before = 0; // seconds run before the current run
    double m_added = 0; // seconds added with +1 and +5
};

} // namespace Takt
