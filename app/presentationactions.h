#pragma once

#include <QObject>

class QMenu;

namespace Takt {

class MainWindow;

/** View ▸ Present (F5) on the projector, the room's text size, and File ▸ Export Slides:
 *  the presentation's actions for one window. */
class PresentationActions : public QObject
{
    Q_OBJECT

public:
    explicit PresentationActions(MainWindow *window);

    void addViewActions(QMenu *view);
    void addFileActions(QMenu *file);

    /** The smallest text's share of the screen height the facilitator chose for the room. */
    static qreal textShare();

private:
    void present();
    void exportSlides();

    MainWindow *const m_window;
};

} // namespace Takt
