#pragma once

#include "core/entityid.h"
#include "document/slide.h"

#include <QWidget>

class QScreen;

namespace Takt {

class Document;

/**
 * The presentation: the current artefact full screen, with no menus, docks or palette, its
 * smallest text at the room's readable size (SlideDeck), in parts when it does not fit.
 * Right, Down, PageDown and Space move on (to the next artefact after the last part), Left,
 * Up, PageUp and Backspace back; F shows the figures; B blanks the screen; S shows the artefact
 * and the one it compares with (current and future state) one above the other, each at the
 * readable size; Esc ends it. The facilitator's window stays as it was.
 */
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    PresentationWindow(Document *document,
                       EntityId start,
                       qreal textShare,
                       QWidget *parent = nullptr);

    /** Shows it full screen on @p screen. */
    void present(QScreen *screen);
    int slideCount() const { return int(m_slides.size()); }
    int currentSlide() const { return m_current; }
    const Slide *slide() const;
    bool isBlank() const { return m_blank; }
    bool showsFigures() const { return m_figures; }
    /** With S: the two slides shown, first above; empty when not side by side. */
    QList<Slide> sideBySide() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void go(int slide);

    Document *const m_document;
    const qreal m_textShare;
    EntityId m_startArtefact;
    QList<Slide> m_slides;
    int m_current = 0;
    bool m_blank = false;
    bool m_figures = false;
    bool m_sideBySide = false;
};

} // namespace Takt
