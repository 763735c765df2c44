#include "mainwindow.h"

#include "mapcommands.h"

#include "document/artefactstore.h"
#include "document/document.h"
#include "document/documentoutlinemodel.h"
#include "document/exampleworkshop.h"
#include "document/workshopoverview.h"
#include "document/workshoppropertiesdialog.h"
#include "pack/packexportdialog.h"
#include "vsm/addremovemap.h"
#include "vsm/mapeditor.h"
#include "vsm/mappropertiespanel.h"
#include "vsm/mapscene.h"
#include "vsm/mapstore.h"
#include "vsm/mapview.h"
#include "vsm/valuestreammap.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>

namespace Takt {

namespace {
const QString DocumentFilter = QT_TRANSLATE_NOOP("Takt::MainWindow", "Takt workshops (*.takt)");
constexpr int MaxRecentFiles = 8;
} // namespace

MainWindow::MainWindow(std::unique_ptr<Document> document, QWidget *parent)
    : QMainWindow(parent)
    , m_document(std::move(document))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_outline = new DocumentOutlineModel(m_document.get(), this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_overview = new WorkshopOverview(m_document.get(), m_tabs);
    m_tabs->addTab(m_overview, tr("Workshop"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the workshop stays open
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    setCentralWidget(m_tabs);
    connect(m_overview, &WorkshopOverview::editRequested, this,
            &MainWindow::editWorkshopProperties);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (m_tabs->widget(index) != m_overview)
            delete m_tabs->widget(index);
    });

    createDocks();
    createActions();
    createMenus();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_document.get(), &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &Document::metadataChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &Document::artefactRemoved, this, &MainWindow::closeMapTab);
    connect(m_document.get(), &Document::artefactChanged, this, [this](EntityId id) {
        for (int i = 0; i < m_tabs->count(); ++i)
            if (auto *editor = qobject_cast<MapEditor *>(m_tabs->widget(i));
                editor && editor->mapId() == id)
                m_tabs->setTabText(i, MapStore::of(*m_document)->map(id)->name());
    });
    connect(m_document.get(), &Document::workingCopyFailed, this,
            &MainWindow::showWorkingCopyProblem);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: most of the screen, whatever its size (1366x768 laptop or projector).
        const QRect screen = QApplication::primaryScreen()->availableGeometry();
        resize(screen.size() * 0.9);
        move(screen.center() - rect().center());
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
    updateActions();
    if (!m_document->filePath().isEmpty())
        addRecentFile(m_document->filePath());
    if (!MapStore::of(*m_document)->maps().isEmpty())
        openMap(MapStore::of(*m_document)->maps().first()->id());
    statusBar()->showMessage(tr("Ready"), 2000);
}

MainWindow::~MainWindow()
{
    // Editors, scenes, panels and the outline point into the document: they go before it.
    delete m_tabs;
    qDeleteAll(findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly));
    delete m_outline;
}

void MainWindow::createDocks()
{
    auto *navigatorDock = new QDockWidget(tr("Navigator"), this);
    navigatorDock->setObjectName(QStringLiteral("navigator"));
    m_navigator = new QTreeView(navigatorDock);
    m_navigator->setModel(m_outline);
    m_navigator->setHeaderHidden(true);
    m_navigator->expandAll();
    connect(m_outline, &QAbstractItemModel::rowsInserted, m_navigator, &QTreeView::expandAll);
    connect(m_navigator, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QVariant id = index.data(ArtefactStore::IdRole);
        if (id.isValid() && index.data(ArtefactStore::OpenableRole).toBool())
            openMap(id.toLongLong());
        else if (!index.parent().isValid())
            m_tabs->setCurrentWidget(m_overview);
    });
    navigatorDock->setWidget(m_navigator);
    addDockWidget(Qt::LeftDockWidgetArea, navigatorDock);

    auto *propertiesDock = new QDockWidget(tr("Properties"), this);
    propertiesDock->setObjectName(QStringLiteral("properties"));
    m_properties = new QStackedWidget(propertiesDock);
    m_noProperties = new QLabel(tr("Select a map to see the properties of what is selected on it."),
                                m_properties);
    m_noProperties->setWordWrap(true);
    m_noProperties->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_noProperties->setMargin(8);
    m_properties->addWidget(m_noProperties);
    propertiesDock->setWidget(m_properties);
    addDockWidget(Qt::LeftDockWidgetArea, propertiesDock);

    auto *undoDock = new QDockWidget(tr("Undo History"), this);
    undoDock->setObjectName(QStringLiteral("undo"));
    auto *undoView = new QUndoView(m_document->undoStack(), undoDock);
    undoView->setEmptyLabel(tr("<opened>"));
    undoDock->setWidget(undoView);
    addDockWidget(Qt::LeftDockWidgetArea, undoDock);
    tabifyDockWidget(propertiesDock, undoDock);
    propertiesDock->raise();
    // Leave the map the room: the docks start narrow, once the window has its size (the
    // user's own sizes, restored from the settings, win over these).
    QTimer::singleShot(0, this, [this, navigatorDock, propertiesDock] {
        if (!QSettings().contains(QStringLiteral("window/state"))) {
            resizeDocks({navigatorDock}, {fontMetrics().averageCharWidth() * 32}, Qt::Horizontal);
            resizeDocks({navigatorDock, propertiesDock},
                        {fontMetrics().lineSpacing() * 7, fontMetrics().lineSpacing() * 30},
                        Qt::Vertical);
        }
    });
}

void MainWindow::createActions()
{
    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts(QKeySequence::Redo);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, [] {
        QString error;
        auto document = Document::createNew(&error);
        if (!document) {
            QMessageBox::critical(nullptr, tr("New Workshop"), error);
            return;
        }
        (new MainWindow(std::move(document)))->show();
    });
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentFilesMenu();
    file->addSeparator();
    m_saveAction = file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    file->addAction(tr("Workshop &Properties…"), this, &MainWindow::editWorkshopProperties);
    file->addAction(tr("&Export Session Pack (PDF)…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                    &MainWindow::exportSessionPack);
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
    QAction *quit
        = file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    auto mapAction = [this](QMenu *menu, const QString &text, const QKeySequence &shortcut,
                            std::function<void(MapEditor *)> run) {
        QAction *action = menu->addAction(text, this, [this, run] {
            if (MapEditor *editor = currentMapEditor())
                run(editor);
        });
        action->setShortcut(shortcut);
        m_mapActions << action;
        return action;
    };
    mapAction(edit, tr("Cu&t"), QKeySequence::Cut, &MapEditor::cutSelection);
    mapAction(edit, tr("&Copy"), QKeySequence::Copy, &MapEditor::copySelection);
    mapAction(edit, tr("&Paste"), QKeySequence::Paste, &MapEditor::paste);
    mapAction(edit, tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
              &MapEditor::duplicateSelection);
    mapAction(edit, tr("&Delete"), QKeySequence::Delete, &MapEditor::deleteSelection);
    mapAction(edit, tr("Select &All"), QKeySequence::SelectAll, &MapEditor::selectAll);
    edit->addSeparator();
    QMenu *alignMenu = edit->addMenu(tr("A&lign"));
    const QList<QPair<QString, Qt::Alignment>> alignments
        = {{tr("&Left Edges"), Qt::AlignLeft},   {tr("&Centres"), Qt::AlignHCenter},
           {tr("&Right Edges"), Qt::AlignRight}, {tr("&Top Edges"), Qt::AlignTop},
           {tr("&Middles"), Qt::AlignVCenter},   {tr("&Bottom Edges"), Qt::AlignBottom}};
    for (const auto &[text, alignment] : alignments) {
        const Qt::Alignment a = alignment;
        mapAction(alignMenu, text, {}, [a](MapEditor *e) { e->align(a); });
    }
    QMenu *distributeMenu = edit->addMenu(tr("Dis&tribute"));
    mapAction(distributeMenu, tr("&Horizontally"), {},
              [](MapEditor *e) { e->distribute(Qt::Horizontal); });
    mapAction(distributeMenu, tr("&Vertically"), {},
              [](MapEditor *e) { e->distribute(Qt::Vertical); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    mapAction(view, tr("Zoom &In"), QKeySequence::ZoomIn,
              [](MapEditor *e) { e->view()->zoomIn(); });
    mapAction(view, tr("Zoom &Out"), QKeySequence::ZoomOut,
              [](MapEditor *e) { e->view()->zoomOut(); });
    mapAction(view, tr("&Fit Map"), QKeySequence(Qt::CTRL | Qt::Key_0),
              [](MapEditor *e) { e->view()->zoomToFit(); });
    mapAction(view, tr("&Actual Size (100 %)"), QKeySequence(Qt::CTRL | Qt::Key_1),
              [](MapEditor *e) { e->view()->resetZoom(); });
    m_snapAction = mapAction(view, tr("&Snap to Grid"), {}, [this](MapEditor *e) {
        e->scene()->setSnapEnabled(m_snapAction->isChecked());
        e->scene()->update();
    });
    m_snapAction->setCheckable(true);
    m_snapAction->setChecked(true);
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    m_mapMenu = menuBar()->addMenu(tr("&Map"));
    m_mapMenu->addAction(tr("&New Map"), this, [this] { MapCommands::newMap(this); });
    m_mapMenu->addAction(tr("&Import Map (JSON)…"), this, [this] { MapCommands::importMap(this); });
    m_mapMenu->addSeparator();
    mapAction(m_mapMenu, tr("Add &Process Step"), QKeySequence(Qt::CTRL | Qt::Key_Return),
              &MapEditor::addProcessStepAfterSelection);
    mapAction(m_mapMenu, tr("Create &Future State"), {},
              [this](MapEditor *) { MapCommands::createFutureState(this); });
    m_mapMenu->addSeparator();
    mapAction(m_mapMenu, tr("Export Map as &JSON…"), {},
              [this](MapEditor *) { MapCommands::exportJson(this); });
    mapAction(m_mapMenu, tr("Export Map as &Image or PDF…"), {},
              [this](MapEditor *) { MapCommands::exportImage(this); });
    mapAction(m_mapMenu, tr("P&rint Map…"), QKeySequence::Print,
              [this](MapEditor *) { MapCommands::print(this); });
    m_mapMenu->addSeparator();
    mapAction(m_mapMenu, tr("De&lete Map"), {},
              [this](MapEditor *) { MapCommands::deleteMap(this); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open &Example Workshop"), this, [this] {
        QString error;
        auto document = ExampleWorkshop::build(QStringLiteral(":/examples"), &error);
        if (!document) {
            QMessageBox::warning(this, tr("Example Workshop"), error);
            return;
        }
        (new MainWindow(std::move(document)))->show();
    });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Takt"), this, [this] {
        QMessageBox::about(
            this, tr("About Takt"),
            tr("<h3>Takt %1</h3><p>Lean workshop facilitation for AI and MLOps operations: "
               "value stream maps with a live timeline, problem solving and the session "
               "record, in one local file.</p><p>Built with Qt %2.</p>")
                .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::updateTitle()
{
    const QString title = m_document->metadata().title;
    const QString name = m_document->displayName();
    setWindowTitle(title.isEmpty() ? QStringLiteral("%1[*]").arg(name)
                                   : QStringLiteral("%1 — %2[*]").arg(title, name));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
}

void MainWindow::updateActions()
{
    MapEditor *editor = currentMapEditor();
    for (QAction *action : std::as_const(m_mapActions))
        action->setEnabled(editor != nullptr);
    QWidget *panel = editor ? static_cast<QWidget *>(editor->propertiesPanel()) : m_noProperties;
    if (m_properties->indexOf(panel) < 0)
        m_properties->addWidget(panel);
    m_properties->setCurrentWidget(panel);
    if (editor)
        m_snapAction->setChecked(editor->scene()->isSnapEnabled());
}

MapEditor *MainWindow::currentMapEditor() const
{
    return qobject_cast<MapEditor *>(m_tabs->currentWidget());
}

MapEditor *MainWindow::openMap(EntityId mapId)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *editor = qobject_cast<MapEditor *>(m_tabs->widget(i));
            editor && editor->mapId() == mapId) {
            m_tabs->setCurrentIndex(i);
            return editor;
        }
    ValueStreamMap *map = MapStore::of(*m_document)->map(mapId);
    if (!map)
        return nullptr;
    auto *editor = new MapEditor(m_document.get(), mapId, m_tabs);
    connect(editor, &MapEditor::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(editor, &MapEditor::propertiesFocusRequested, this, [this, editor] {
        if (auto *dock = qobject_cast<QDockWidget *>(m_properties->parentWidget())) {
            dock->show();
            dock->raise();
        }
        editor->propertiesPanel()->focusFirstField();
    });
    const int index = m_tabs->addTab(editor, map->name());
    m_tabs->setCurrentIndex(index);
    return editor;
}

void MainWindow::closeMapTab(EntityId mapId)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *editor = qobject_cast<MapEditor *>(m_tabs->widget(i));
            editor && editor->mapId() == mapId)
            delete editor;
}

bool MainWindow::openFile(const QString &path, QWidget *parent)
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<MainWindow *>(widget);
            window && window->document()->filePath() == QFileInfo(path).absoluteFilePath()) {
            window->raise();
            window->activateWindow();
            return true;
        }
    QString error;
    auto document = Document::open(path, &error);
    if (!document) {
        QMessageBox::warning(parent, tr("Open Workshop"), error);
        return false;
    }
    auto *window = new MainWindow(std::move(document));
    window->show();
    // Replace an untouched empty window rather than pile windows up.
    if (auto *current = qobject_cast<MainWindow *>(parent); current
        && current->document()->filePath().isEmpty() && !current->document()->isModified()
        && current->document()->undoStack()->count() == 0)
        current->close();
    return true;
}

void MainWindow::open()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workshop"), QSettings().value(QStringLiteral("lastFolder")).toString(),
        tr(qPrintable(DocumentFilter)));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("lastFolder"), QFileInfo(path).absolutePath());
    openFile(path, this);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save(m_document->filePath(), &error)) {
        QMessageBox::critical(this, tr("Save Workshop"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())),
                             4000);
    return true;
}

bool MainWindow::saveAs()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty()) {
        const QString title = m_document->metadata().title;
        suggestion
            = QDir(QSettings().value(QStringLiteral("lastFolder"), QDir::homePath()).toString())
                  .filePath((title.isEmpty() ? tr("workshop") : title) + QStringLiteral(".takt"));
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save Workshop As"), suggestion,
                                                tr(qPrintable(DocumentFilter)));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".takt");
    QSettings().setValue(QStringLiteral("lastFolder"), QFileInfo(path).absolutePath());
    QString error;
    if (!m_document->save(path, &error)) {
        QMessageBox::critical(this, tr("Save Workshop"), error);
        return false;
    }
    addRecentFile(m_document->filePath());
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("Save the changes to \"%1\" before closing?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<MainWindow *>(widget))
            window->updateRecentFilesMenu();
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &file : files)
        m_recentMenu->addAction(QDir::toNativeSeparators(file), this,
                                [this, file] { openFile(file, this); });
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::editWorkshopProperties()
{
    WorkshopPropertiesDialog dialog(m_document.get(), this);
    dialog.exec();
}

void MainWindow::exportSessionPack()
{
    PackExportDialog dialog(m_document.get(), this);
    dialog.exec();
}

void MainWindow::showWorkingCopyProblem(const QString &message)
{
    statusBar()->showMessage(message);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastWorkingCopyWarning < 60000)
        return; // once a minute is a warning; every second would be a nag
    m_lastWorkingCopyWarning = now;
    QMessageBox::warning(this, tr("Recovery Copy"), message);
}

} // namespace Takt
