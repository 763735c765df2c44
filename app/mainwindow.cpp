#include "mainwindow.h"

#include "presentationactions.h"
#include "windowfiles.h"

#include "document/artefactkind.h"
#include "document/artefactstore.h"
#include "document/document.h"
#include "document/documentoutlinemodel.h"
#include "document/exampleworkshop.h"
#include "document/workshopoverview.h"
#include "document/workshoppropertiesdialog.h"
#include "editor/artefacteditor.h"
#include "editor/editorfactory.h"
#include "editor/editorregistry.h"
#include "editor/kindactions.h"
#include "editor/undohistoryview.h"
#include "pack/packexportdialog.h"
#include "pack/packexporter.h"
#include "pack/printpreview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrinter>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

namespace Takt {

MainWindow::MainWindow(std::unique_ptr<Document> document, QWidget *parent)
    : QMainWindow(parent)
    , m_document(std::move(document))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_files = new WindowFiles(this, m_document.get());
    m_presentation = new PresentationActions(this);
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
    connect(m_overview, &WorkshopOverview::openRequested, this, &MainWindow::openArtefact);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (m_tabs->widget(index) != m_overview)
            delete m_tabs->widget(index);
    });

    createDocks();
    createMenus();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_document.get(), &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &Document::metadataChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &Document::artefactRemoved, this, &MainWindow::closeArtefactTab);
    // Redo of an addition and undo of a deletion bring the artefact's tab back.
    connect(m_document.get(), &Document::artefactInserted, this, &MainWindow::openArtefact);
    connect(m_document.get(), &Document::artefactChanged, this, &MainWindow::renameArtefactTab);
    // Said in the status bar, not in a dialog: the room goes on working while it is retried.
    m_workingCopyProblem = new QLabel(this);
    m_workingCopyProblem->setObjectName(QStringLiteral("working-copy-problem"));
    m_workingCopyProblem->setVisible(false);
    statusBar()->addPermanentWidget(m_workingCopyProblem);
    // Kept in sight while it holds, in words: a passing message would be gone by the first edit.
    m_readOnlyNote = new QLabel(this);
    m_readOnlyNote->setObjectName(QStringLiteral("read-only-note"));
    statusBar()->addPermanentWidget(m_readOnlyNote);
    connect(m_document.get(), &Document::workingCopyFailed, this,
            &MainWindow::showWorkingCopyProblem);
    connect(m_document.get(), &Document::workingCopyRestored, this, [this] {
        m_workingCopyProblem->setVisible(false);
        statusBar()->showMessage(tr("The recovery copy is written again."), 8000);
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: most of the screen, whatever its size (1366x768 laptop or projector).
        const QRect screen = QApplication::primaryScreen()->availableGeometry();
        resize(screen.size() * 0.9);
        move(screen.center() - rect().center());
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // A geometry saved on a larger screen (the projector) is clipped to the screen it opens on.
    const QRect available = QApplication::primaryScreen()->availableGeometry();
    if (!available.contains(geometry())) {
        resize(size().boundedTo(available.size()));
        move(qBound(available.left(), x(), available.right() - width()),
             qBound(available.top(), y(), available.bottom() - height()));
    }
    updateTitle();
    updateActions();
    if (!m_document->filePath().isEmpty())
        WindowFiles::addRecentFile(m_document->filePath());
    // The first artefact the document has, in registry order.
    for (const ArtefactStore *store : m_document->stores())
        if (!store->artefacts().isEmpty()) {
            openArtefact(store->artefacts().first());
            break;
        }
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
    // A single click or Return opens, whatever the platform's habit for "activated".
    connect(m_navigator, &QTreeView::activated, this, &MainWindow::activate);
    connect(m_navigator, &QTreeView::clicked, this, &MainWindow::activate);
    navigatorDock->setWidget(m_navigator);
    addDockWidget(Qt::LeftDockWidgetArea, navigatorDock);

    auto *propertiesDock = m_propertiesDock = new QDockWidget(tr("Properties"), this);
    propertiesDock->setObjectName(QStringLiteral("properties"));
    // The properties scroll: a data box with every field (and refusals listed) must never
    // make the window taller than a 1366x768 screen.
    auto *propertiesScroll = new QScrollArea(propertiesDock);
    propertiesScroll->setWidgetResizable(true);
    propertiesScroll->setFrameShape(QFrame::NoFrame);
    propertiesScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_properties = new QStackedWidget(propertiesScroll);
    m_noProperties = new QLabel(
        tr("Open a part of the workshop from the navigator to see the properties of what is "
           "selected in it."),
        m_properties);
    m_noProperties->setWordWrap(true);
    m_noProperties->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_noProperties->setMargin(8);
    m_properties->addWidget(m_noProperties);
    propertiesScroll->setWidget(m_properties);
    propertiesDock->setWidget(propertiesScroll);
    addDockWidget(Qt::LeftDockWidgetArea, propertiesDock);

    auto *undoDock = new QDockWidget(tr("Undo History"), this);
    undoDock->setObjectName(QStringLiteral("undo"));
    auto *undoView = new UndoHistoryView(m_document->undoStack(), undoDock);
    undoDock->setWidget(undoView);
    addDockWidget(Qt::LeftDockWidgetArea, undoDock);
    // The docks' icon-only buttons say what they do, to the pointer and to a screen reader.
    for (QDockWidget *dock : {navigatorDock, propertiesDock, undoDock}) {
        const auto name = [dock](const char *button, const QString &text) {
            if (auto *b = dock->findChild<QAbstractButton *>(QLatin1String(button))) {
                b->setToolTip(text.arg(dock->windowTitle()));
                b->setAccessibleName(b->toolTip());
            }
        };
        name("qt_dockwidget_closebutton", tr("Close %1"));
        name("qt_dockwidget_floatbutton", tr("Float %1 as a window of its own"));
    }
    tabifyDockWidget(propertiesDock, undoDock);
    propertiesDock->raise();
    // Leave the editor the room: the docks start narrow, once the window has its size (the
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

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_files->addActions(file);
    file->addSeparator();
    file->addAction(tr("Workshop &Properties…"), this, &MainWindow::editWorkshopProperties);
    file->addAction(tr("&Export Session Pack (PDF)…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                    &MainWindow::exportSessionPack);
    QAction *printPack
        = file->addAction(tr("Print Session Pac&k…"), this, &MainWindow::printSessionPack);
    printPack->setObjectName(QStringLiteral("print-pack"));
    printPack->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_presentation->addFileActions(file);
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
    QAction *quit
        = file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    createEditActions();
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    createViewActions();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_helpMenu = help->menuAction();
    help->addAction(tr("Open &Example Workshop"), this, [this] { openExample(this); });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Takt"), this, [this] {
        QMessageBox::about(
            this, tr("About Takt"),
            tr("<h3>Takt %1</h3><p>Lean workshop facilitation for AI and MLOps operations: "
               "value stream maps with a live timeline and figures, and the workshop's "
               "session pack, in one local file.</p><p>Built with Qt %2.</p>")
                .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);

    // Each kind adds its own: a menu of its own, entries in Edit and View.
    for (const auto &factory : EditorRegistry::factories())
        if (KindActions *actions = factory->createActions(*this, this))
            m_kindActions << actions;
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        // Shows a dock, and raises one that lies behind another's tab, rather than hide it.
        QAction *action = m_viewMenu->addAction(dock->windowTitle());
        action->setObjectName(QStringLiteral("show-") + dock->objectName());
        action->setCheckable(true);
        action->setChecked(!dock->isHidden());
        connect(action, &QAction::triggered, dock, [dock, action] {
            if (dock->isHidden() || dock->visibleRegion().isEmpty()) { // closed, or behind
                dock->show();
                dock->raise();
                action->setChecked(true);
            } else {
                dock->hide();
            }
        });
        connect(dock->toggleViewAction(), &QAction::toggled, action, &QAction::setChecked);
    }
}

void MainWindow::createEditActions()
{
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QList<QKeySequence>(QKeySequence::keyBindings(QKeySequence::Redo))
                       << QKeySequence(Qt::CTRL | Qt::Key_Y));
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    using E = ArtefactEditor;
    const auto add = [this](const QString &text, const QKeySequence &shortcut, E::EditAction kind,
                            void (ArtefactEditor::*run)()) {
        QAction *action = m_editMenu->addAction(text, this, [this, run] {
            if (ArtefactEditor *editor = currentEditor())
                (editor->*run)();
        });
        action->setShortcut(shortcut);
        m_editActions << qMakePair(action, int(kind));
    };
    add(tr("Cu&t"), QKeySequence::Cut, E::Cut, &E::cutSelection);
    add(tr("&Copy"), QKeySequence::Copy, E::Copy, &E::copySelection);
    add(tr("&Paste"), QKeySequence::Paste, E::Paste, &E::paste);
    add(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), E::Duplicate, &E::duplicateSelection);
    add(tr("&Delete"), QKeySequence::Delete, E::Delete, &E::deleteSelection);
    add(tr("Select &All"), QKeySequence::SelectAll, E::SelectAll, &E::selectAll);
}

void MainWindow::createViewActions()
{
    using E = ArtefactEditor;
    const auto add
        = [this](const QString &text, const QKeySequence &shortcut, void (ArtefactEditor::*run)()) {
              QAction *action = m_viewMenu->addAction(text, this, [this, run] {
                  if (ArtefactEditor *editor = currentEditor(); editor && editor->isZoomable())
                      (editor->*run)();
              });
              action->setShortcut(shortcut);
              m_zoomActions << action;
          };
    add(tr("Zoom &In"), QKeySequence::ZoomIn, &E::zoomIn);
    m_zoomActions.last()->setShortcuts(
        {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    add(tr("Zoom &Out"), QKeySequence::ZoomOut, &E::zoomOut);
    add(tr("&Fit to Window"), QKeySequence(Qt::CTRL | Qt::Key_0), &E::zoomToFit);
    add(tr("&Actual Size (100 %)"), QKeySequence(Qt::CTRL | Qt::Key_1), &E::resetZoom);
    m_viewMenu->addSeparator();
    m_presentation->addViewActions(m_viewMenu);
}

QMenu *MainWindow::addMenu(const QString &title)
{
    // Kinds that ask for one title share the menu (the session record's Session menu), each
    // kind's entries after a separator.
    for (QAction *action : menuBar()->actions())
        if (action->menu() && action->menu()->title() == title) {
            action->menu()->addSeparator();
            return action->menu();
        }
    auto *menu = new QMenu(title, this);
    menuBar()->insertMenu(m_helpMenu, menu);
    return menu;
}

void MainWindow::updateTitle()
{
    const QString title = m_document->metadata().title;
    const QString name = m_document->displayName();
    const QString reason = m_document->readOnlyReason();
    // Said in words in the title, where it stays in sight (not a colour, not a passing message).
    const QString shown = reason.isEmpty() ? name : tr("%1 (read-only)").arg(name);
    setWindowTitle(title.isEmpty() ? QStringLiteral("%1[*]").arg(shown)
                                   : QStringLiteral("%1 — %2[*]").arg(title, shown));
    m_readOnlyNote->setText(
        tr("Save asks for another file (%1); your edits are kept.").arg(reason));
    m_readOnlyNote->setVisible(!reason.isEmpty());
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
}

void MainWindow::updateActions()
{
    ArtefactEditor *editor = currentEditor();
    const ArtefactEditor::EditActions can
        = editor ? editor->editActions() : ArtefactEditor::EditActions();
    for (const auto &[action, kind] : std::as_const(m_editActions))
        action->setEnabled(can.testFlag(ArtefactEditor::EditAction(kind)));
    for (QAction *action : std::as_const(m_zoomActions))
        action->setEnabled(editor && editor->isZoomable());
    QWidget *panel
        = editor && editor->propertiesWidget() ? editor->propertiesWidget() : m_noProperties;
    if (m_properties->indexOf(panel) < 0)
        m_properties->addWidget(panel);
    m_properties->setCurrentWidget(panel);
    for (KindActions *actions : std::as_const(m_kindActions))
        actions->currentEditorChanged(editor);
}

ArtefactEditor *MainWindow::currentEditor() const
{
    return qobject_cast<ArtefactEditor *>(m_tabs->currentWidget());
}

ArtefactEditor *MainWindow::openArtefact(EntityId id)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *editor = qobject_cast<ArtefactEditor *>(m_tabs->widget(i));
            editor && editor->artefactId() == id) {
            m_tabs->setCurrentIndex(i);
            return editor;
        }
    const ArtefactStore *store = m_document->storeOf(id);
    const EditorFactory *factory = store ? EditorRegistry::factory(store->kind().key()) : nullptr;
    ArtefactEditor *editor
        = factory ? factory->createEditor(m_document.get(), id, m_tabs) : nullptr;
    if (!editor)
        return nullptr;
    connect(editor, &ArtefactEditor::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(editor, &ArtefactEditor::openRequested, this, &MainWindow::openArtefact);
    connect(editor, &ArtefactEditor::propertiesFocusRequested, this, [this, editor] {
        m_propertiesDock->show();
        m_propertiesDock->raise();
        editor->focusProperties();
    });
    const int index = m_tabs->addTab(editor, store->artefactName(id));
    if (QWidget *close = m_tabs->tabBar()->tabButton(index, QTabBar::RightSide)) {
        close->setToolTip(tr("Close %1").arg(store->artefactName(id)));
        close->setAccessibleName(close->toolTip());
    }
    m_tabs->setCurrentIndex(index);
    return editor;
}

void MainWindow::activate(const QModelIndex &index)
{
    if (index.data(ArtefactStore::OpenableRole).toBool())
        openArtefact(index.data(ArtefactStore::IdRole).toLongLong());
    else if (!index.parent().isValid())
        m_tabs->setCurrentWidget(m_overview);
}

void MainWindow::closeArtefactTab(EntityId id)
{
    for (int i = m_tabs->count() - 1; i >= 0; --i)
        if (auto *editor = qobject_cast<ArtefactEditor *>(m_tabs->widget(i));
            editor && editor->artefactId() == id)
            delete editor;
}

void MainWindow::renameArtefactTab(EntityId id)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *editor = qobject_cast<ArtefactEditor *>(m_tabs->widget(i));
            editor && editor->artefactId() == id)
            if (const ArtefactStore *store = m_document->storeOf(id))
                m_tabs->setTabText(i, store->artefactName(id));
}

void MainWindow::showStatus(const QString &message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::addStatusWidget(QWidget *widget)
{
    statusBar()->addPermanentWidget(widget);
}

bool MainWindow::openExample(QWidget *parent)
{
    QString error;
    auto document = ExampleWorkshop::build(QStringLiteral(":/examples"), &error);
    if (!document) {
        QMessageBox::warning(parent, tr("Example Workshop"), error);
        return false;
    }
    (new MainWindow(std::move(document)))->show();
    return true;
}

bool MainWindow::openFile(const QString &path, QWidget *parent)
{
    return WindowFiles::openFile(path, parent);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
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

void MainWindow::printSessionPack()
{
    const Document *document = m_document.get();
    PrintPreview::exec(this, document->displayName(), QPageLayout::Portrait,
                       [document](QPrinter *printer) {
                           // The pack is laid out in points, as in its PDF.
                           printer->setResolution(72);
                           PackOptions options;
                           options.paper = printer->pageLayout().pageSize().id();
                           PackExporter::paint(*document, printer, options);
                       });
}

void MainWindow::showWorkingCopyProblem(const QString &message)
{
    // In words, not only in colour; the whole message on hover and to a screen reader.
    m_workingCopyProblem->setText(
        tr("⚠ Recovery copy not written: retrying every %n s. Save keeps your work.", nullptr,
           Document::FlushRetryMs / 1000));
    m_workingCopyProblem->setToolTip(message);
    m_workingCopyProblem->setAccessibleDescription(message);
    m_workingCopyProblem->setVisible(true);
}

} // namespace Takt
