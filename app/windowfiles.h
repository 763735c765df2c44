#pragma once

#include "document/document.h"

#include <QObject>
#include <QString>

#include <optional>

class QMenu;

namespace Takt {

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
    /** File ▸ Open's dialog, starting in the folder last opened from; empty when cancelled. */
    static QString chooseFileToOpen(QWidget *parent);

private:
    static bool isJson(const QString &path);
    /** Offers to import a JSON file chosen in Open, into @p parent's workshop or a new one. */
    static bool importInstead(const QString &path, QWidget *parent);
    /** Another Takt holds the file (@p problem says who): open a copy, open it anyway, or
     *  nothing. */
    static std::optional<Document::Access> askAboutLock(const QString &problem, QWidget *parent);
    void open();
    void updateRecentFiles();

    MainWindow *const m_window;
    Document *const m_document;
    QMenu *m_recentMenu = nullptr;
};

} // namespace Takt
