#pragma once

#include <QObject>
#include <QString>

class QMenu;

namespace Takt {

class Document;
class MainWindow;

/** The File menu's own work for one window: new, open, recent files, save and save as, and
 *  the question before closing unsaved changes. */
class WindowFiles : public QObject
{
    Q_OBJECT

public:
    WindowFiles(MainWindow *window, Document *document);

    /** New, Open, Open Recent, Save and Save As, at the top of @p file. */
    void addActions(QMenu *file);
    bool save();
    bool saveAs();
    /** Asks about unsaved changes; false when the user cancels the close. */
    bool maybeSave();

    /** Opens @p path in a window, or raises the window that has it; false (after saying why)
     *  when it cannot be opened. */
    static bool openFile(const QString &path, QWidget *parent);
    static void addRecentFile(const QString &path);

private:
    void open();
    void updateRecentFiles();

    MainWindow *const m_window;
    Document *const m_document;
    QMenu *m_recentMenu = nullptr;
};

} // namespace Takt
