#pragma once

#include <QWidget>

class QListWidget;

namespace Takt {

/**
 * What Takt shows when it starts with no file to open: the recent workshops, New Workshop,
 * Open… and Open the Example Workshop, large enough to read on a projector. It closes as soon
 * as a workshop window opens.
 */
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

private:
    void newWorkshop();
    void openWorkshop();
    void openExample();
    void openRecent();
    /** Closes the start page once @p opened says a window took over. */
    void finish(bool opened);

    QListWidget *m_recent;
};

} // namespace Takt
