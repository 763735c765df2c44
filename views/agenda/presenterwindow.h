#pragma once

#include <QWidget>

namespace Takt {

class AgendaStore;
class FacilitationTimer;

/**
 * The timer for the room, full screen on the projector (the second screen when there is one):
 * the item's name, the time left in digits over a fifth of the screen's height, and the next
 * item. In the last two minutes and over time it says so in words and with a shape, not by
 * colour alone; over time it counts up. Space starts or pauses, N moves on, 1 and 5 add
 * minutes, Esc closes; the facilitator's window keeps working meanwhile.
 */
class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterWindow(AgendaStore &agenda, QWidget *parent = nullptr);

    /** Full screen on @p screen's other screen if there is one, else on @p screen. */
    void showFor(QScreen *facilitatorScreen);

    /** The pixel height of the digits, for the room at the back. */
    int digitsPixelSize() const;
    QString digitsText() const;
    /** The word beside the digits: empty while in time, "2 min left", "Time is up". */
    QString cueText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void tick();
    void drawCueShape(QPainter &painter, const QRectF &box) const;

    AgendaStore &m_agenda;
    FacilitationTimer *const m_timer;
    bool m_wasOver = false;
};

} // namespace Takt
