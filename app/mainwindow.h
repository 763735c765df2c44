#pragma once

#include "vsm/mapelement.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace Takt {

class Document;
class DocumentOutlineModel;
class MapEditor;
class WorkshopOverview;

/** One window per open workshop: wires the document to the navigator, the editors, the
 *  properties and undo docks, and the menus. The work itself lives in models/ and views/. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Document> document, QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document.get(); }
    MapEditor *currentMapEditor() const;
    /** Shows the map's editor, opening a tab for it if needed. */
    MapEditor *openMap(EntityId mapId);
    /** Opens @p path in a window, or raises the window that has it; false (after saying why)
     *  when it cannot be opened. */
    static bool openFile(const QString &path, QWidget *parent);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createActions();
    void createMenus();
    void updateTitle();
    void updateActions();
    void updateRecentFilesMenu();
    void addRecentFile(const QString &path);

    bool save();
    bool saveAs();
    bool maybeSave();
    void open();
    void editWorkshopProperties();
    void exportSessionPack();

    void closeMapTab(EntityId mapId);
    void showWorkingCopyProblem(const QString &message);

    std::unique_ptr<Document> m_document;
    DocumentOutlineModel *m_outline = nullptr;
    QTabWidget *m_tabs = nullptr;
    WorkshopOverview *m_overview = nullptr;
    QTreeView *m_navigator = nullptr;
    QStackedWidget *m_properties = nullptr;
    QLabel *m_noProperties = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_mapMenu = nullptr;
    QList<QAction *> m_mapActions; // enabled only while a map is shown
    QAction *m_saveAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_snapAction = nullptr;
    qint64 m_lastWorkingCopyWarning = 0;
};

} // namespace Takt
