#pragma once

#include "core/entityid.h"
#include "editor/editorcontext.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace Takt {

class ArtefactEditor;
class Document;
class DocumentOutlineModel;
class KindActions;
class PresentationActions;
class WindowFiles;
class WorkshopOverview;

/** One window per open workshop: wires the document to the navigator, the editors (one tab
 *  per artefact, made by the kinds' editor factories), the properties and undo docks, and the
 *  menus. It knows no artefact kind: the kinds add their own actions (KindActions). */
class MainWindow : public QMainWindow, public EditorContext
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Document> document, QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const override { return m_document.get(); }
    QWidget *window() override { return this; }
    ArtefactEditor *currentEditor() const override;
    ArtefactEditor *openArtefact(EntityId id) override;
    void showStatus(const QString &message, int timeoutMs = 0) override;
    void addStatusWidget(QWidget *widget) override;
    QMenu *editMenu() override { return m_editMenu; }
    QMenu *viewMenu() override { return m_viewMenu; }
    QMenu *addMenu(const QString &title) override;

    /** Opens @p path in a window, or raises the window that has it; false (after saying why)
     *  when it cannot be opened. */
    static bool openFile(const QString &path, QWidget *parent);
    /** Opens the bundled example workshop, untitled, in a new window. */
    static bool openExample(QWidget *parent);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void createEditActions();
    void createViewActions();
    void updateTitle();
    void updateActions();
    void editWorkshopProperties();
    void exportSessionPack();
    void printSessionPack();

    void activate(const QModelIndex &index);
    void closeArtefactTab(EntityId id);
    void renameArtefactTab(EntityId id);
    void showWorkingCopyProblem(const QString &message);

    std::unique_ptr<Document> m_document;
    WindowFiles *m_files = nullptr;
    PresentationActions *m_presentation = nullptr;
    DocumentOutlineModel *m_outline = nullptr;
    QTabWidget *m_tabs = nullptr;
    WorkshopOverview *m_overview = nullptr;
    QTreeView *m_navigator = nullptr;
    QDockWidget *m_propertiesDock = nullptr;
    QStackedWidget *m_properties = nullptr;
    QLabel *m_noProperties = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_helpMenu = nullptr; // kinds' menus go before it
    QList<QPair<QAction *, int>> m_editActions; // each with its ArtefactEditor::EditAction
    QList<QAction *> m_zoomActions;
    QList<KindActions *> m_kindActions;
    QLabel *m_workingCopyProblem = nullptr; // in the status bar while the copy is not written
    QLabel *m_readOnlyNote = nullptr; // says why Save asks for another file
};

} // namespace Takt
