#include "agenda/agendastore.h"
#include "agenda/facilitationtimer.h"
#include "agenda/presenterwindow.h"
#include "common/contrast.h"
#include "document/artefactkind.h"
#include "document/artefactstore.h"
#include "document/documentlock.h"
#include "editor/artefacteditor.h"
#include "editor/highcontrast.h"
#include "editor/presentationwindow.h"
#include "editor/undohistoryview.h"
#include "mainwindow.h"
#include "pack/packexporter.h"
#include "presentationactions.h"
#include "startpage.h"
#include "testsupport.h"
#include "vsm/figureedit.h"
#include "vsm/mapeditor.h"
#include "vsm/mapmetrics.h"
#include "vsm/mappainter.h"
#include "vsm/mapparts.h"
#include "vsm/mappropertiespanel.h"
#include "vsm/mapscene.h"
#include "vsm/palettewidget.h"
#include "vsm/steptemplates.h"
#include "vsm/vsmjson.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QSysInfo>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <unistd.h>

using namespace Takt;

/** The window on a 1366x768 laptop: whatever is selected or refused, nothing asks for more
 *  room than the screen has. */
class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TaktTest::isolateAppData(); }
    void fitsA1366x768Screen();
    void viewMenuRaisesADockBehindATab();
    void tabsFollowUndoAndRedo();
    void overviewAndNavigatorOpenOnOneClick();
    void habitsAndNames();
    void presentsAndReturns();
    void openingJsonOffersToImportIt();
    void lockedFileOffersACopy();
    void printShowsAPreviewFirst();
    void startPageOffersRecentNewAndExample();
    void sharedExampleKeyedInWithoutTheMouse();
    void highContrastIsReadable();
    void presentsOnTheProjector();

private:
    static void checkFits(QMainWindow *window, const QString &what);
};

void tst_MainWindow::checkFits(QMainWindow *window, const QString &what)
{
    QCoreApplication::processEvents();
    const QSize limit(1366, 768);
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    QVERIFY2(minimum.width() <= limit.width() && minimum.height() <= limit.height(),
             qPrintable(QStringLiteral("%1: the window needs at least %2x%3")
                            .arg(what)
                            .arg(minimum.width())
                            .arg(minimum.height())));
    QVERIFY2(window->width() <= limit.width() && window->height() <= limit.height(),
             qPrintable(QStringLiteral("%1: the window grew to %2x%3")
                            .arg(what)
                            .arg(window->width())
                            .arg(window->height())));
    // Nor is the Properties dock's content cut at its right edge (it scrolls only down).
    const auto *dock = window->findChild<QDockWidget *>(QStringLiteral("properties"));
    const auto *scroll = dock ? qobject_cast<QScrollArea *>(dock->widget()) : nullptr;
    QVERIFY(scroll && scroll->widget());
    QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
             qPrintable(QStringLiteral("%1: the properties are %2 px wide in a dock of %3 px")
                            .arg(what)
                            .arg(scroll->widget()->width())
                            .arg(scroll->viewport()->width())));
}

void tst_MainWindow::fitsA1366x768Screen()
{
    QString error;
    auto document
        = Document::open(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), &error, Document::Access::ReadOnly);
    QVERIFY2(document, qPrintable(error));
    QList<EntityId> maps;
    for (const ValueStreamMap *map : TaktTest::maps(*document).maps())
        maps << map->id();
    auto *window = new MainWindow(std::move(document));
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->resize(1366, 768);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    checkFits(window, QStringLiteral("the workshop"));
    for (EntityId id : maps) {
        auto *editor = qobject_cast<MapEditor *>(window->openArtefact(id));
        QVERIFY(editor);
        checkFits(window, QStringLiteral("a map"));
        // Each kind of element selected, its whole data box in the properties.
        QSet<ElementKind> seen;
        for (const MapElement &e : editor->scene()->map()->elements()) {
            if (seen.contains(e.kind))
                continue;
            seen.insert(e.kind);
            editor->scene()->selectIds({e.id});
            checkFits(window, MapElement::kindName(e.kind));
        }
        // Three refused values listed at once.
        editor->scene()->selectIds({editor->scene()->map()->elements().at(1).id});
        const QList<FigureEdit *> edits = editor->propertiesPanel()->findChildren<FigureEdit *>();
        QVERIFY(edits.size() >= 4);
        for (int i = 1; i <= 3; ++i) {
            edits.at(i)->setText(QStringLiteral("nonsense, a long way from a figure %1").arg(i));
            Q_EMIT edits.at(i)->editingFinished();
        }
        checkFits(window, QStringLiteral("three refused values"));
    }
    // Every other kind open too: each KPI, its table, chart and properties.
    for (const ArtefactStore *store : window->document()->stores()) {
        if (store->kind().key() == QLatin1String("maps"))
            continue;
        for (EntityId id : store->artefacts()) {
            QVERIFY2(window->openArtefact(id), qPrintable(store->artefactName(id)));
            checkFits(window, store->artefactName(id));
        }
    }
    delete window;
}

void tst_MainWindow::viewMenuRaisesADockBehindATab()
{
    QString error;
    auto *window = new MainWindow(Document::createNew(&error));
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->resize(1366, 768);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *undo = window->findChild<QDockWidget *>(QStringLiteral("undo"));
    auto *properties = window->findChild<QDockWidget *>(QStringLiteral("properties"));
    QVERIFY(undo && properties);
    properties->raise();
    QTRY_VERIFY(undo->visibleRegion().isEmpty()); // behind the Properties tab
    auto *show = window->findChild<QAction *>(QStringLiteral("show-undo"));
    QVERIFY(show && show->isChecked());
    show->trigger();
    QTRY_VERIFY(!undo->visibleRegion().isEmpty()); // raised, not hidden
    QVERIFY(show->isChecked());
    show->trigger();
    QTRY_VERIFY(undo->isHidden());
    QVERIFY(!show->isChecked());
    delete window;
}

namespace {
MainWindow *exampleWindow()
{
    QString error;
    auto *window = new MainWindow(
        Document::open(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), &error, Document::Access::ReadOnly));
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->resize(1366, 768);
    window->show();
    return window;
}

int editorTabs(const QMainWindow *window)
{
    return int(window->findChildren<ArtefactEditor *>().size());
}
} // namespace

void tst_MainWindow::tabsFollowUndoAndRedo()
{
    MainWindow *window = exampleWindow();
    QCOMPARE(editorTabs(window), 1); // the first map, opened with the workshop
    auto *remove = window->findChild<QAction *>(QStringLiteral("delete-map"));
    QVERIFY(remove);
    remove->trigger();
    QCOMPARE(editorTabs(window), 0);
    QVERIFY2(window->statusBar()->currentMessage().contains(
                 QStringLiteral("\"Model retraining - current state\" deleted")),
             qPrintable(window->statusBar()->currentMessage()));
    window->document()->undoStack()->undo(); // its tab comes back with it
    QCOMPARE(editorTabs(window), 1);
    window->document()->undoStack()->redo();
    QCOMPARE(editorTabs(window), 0);

    // KPI ▸ New KPI opens its editor, the cursor in its name; Delete KPI closes it, undoably.
    window->findChild<QAction *>(QStringLiteral("new-kpi"))->trigger();
    QCOMPARE(editorTabs(window), 1);
    auto *tabs = window->findChild<QTabWidget *>();
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("KPI 5")); // after the four
    auto *removeKpi = window->findChild<QAction *>(QStringLiteral("delete-kpi"));
    QVERIFY(removeKpi->isEnabled());
    removeKpi->trigger();
    QCOMPARE(editorTabs(window), 0);
    QVERIFY(!removeKpi->isEnabled()); // nothing to delete with no KPI shown
    window->document()->undoStack()->undo();
    QCOMPARE(editorTabs(window), 1);

    // Actions ▸ New Action opens the register with a new row, as one undo step.
    const int steps = window->document()->undoStack()->index();
    window->findChild<QAction *>(QStringLiteral("new-action"))->trigger();
    QCOMPARE(editorTabs(window), 2);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Action register"));
    auto *table = tabs->currentWidget()->findChild<QTableView *>(QStringLiteral("actions"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 14); // the example's thirteen and the new one
    QCOMPARE(window->document()->undoStack()->index(), steps + 1);
    // Its status is chosen from a list, not typed: chosen is stored, as one more step.
    const QModelIndex status = table->model()->index(13, 3);
    table->setCurrentIndex(status); // leaves the What cell New Action opened for typing
    table->edit(status);
    auto *choose = table->viewport()->findChild<QComboBox *>();
    QVERIFY(choose);
    QCOMPARE(choose->count(), 4); // open, in progress, done, cancelled
    choose->setCurrentIndex(2);
    Q_EMIT choose->activated(2);
    QCOMPARE(status.data().toString(), QStringLiteral("done"));
    QCOMPARE(window->document()->undoStack()->index(), steps + 2);
    delete window;
}

void tst_MainWindow::overviewAndNavigatorOpenOnOneClick()
{
    MainWindow *window = exampleWindow();
    const ValueStreamMap *future = TaktTest::maps(*window->document()).maps().at(1);
    auto *overview = window->findChild<QLabel *>(QStringLiteral("overview"));
    QVERIFY(overview && overview->text().contains(QStringLiteral("takt:%1").arg(future->id())));
    Q_EMIT overview->linkActivated(QStringLiteral("takt:%1").arg(future->id()));
    QCOMPARE(window->currentEditor()->artefactId(), future->id());

    auto *navigator = window->findChild<QTreeView *>();
    QVERIFY(navigator);
    const QModelIndex first = navigator->model()->index(0, 0, navigator->model()->index(0, 0));
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTest::mouseClick(navigator->viewport(), Qt::LeftButton, {},
                      navigator->visualRect(first).center());
    QCOMPARE(window->currentEditor()->artefactId(),
             TaktTest::maps(*window->document()).maps().first()->id());
    delete window;
}

void tst_MainWindow::habitsAndNames()
{
    MainWindow *window = exampleWindow();
    QAction *redo = nullptr, *zoomIn = nullptr;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
            redo = action;
        if (action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Equal)))
            zoomIn = action;
    }
    QVERIFY2(redo && redo->text().contains(QStringLiteral("Redo")), "Ctrl+Y redoes");
    QVERIFY2(zoomIn && zoomIn->text().contains(QStringLiteral("Zoom")), "Ctrl+= zooms in");
    // Icon-only buttons say what they do.
    for (QDockWidget *dock : window->findChildren<QDockWidget *>())
        for (const char *name : {"qt_dockwidget_closebutton", "qt_dockwidget_floatbutton"}) {
            auto *button = dock->findChild<QAbstractButton *>(QLatin1String(name));
            QVERIFY(button);
            QVERIFY2(button->toolTip().contains(dock->windowTitle()), name);
            QCOMPARE(button->accessibleName(), button->toolTip());
        }
    auto *tabs = window->findChild<QTabWidget *>();
    QWidget *close = tabs->tabBar()->tabButton(1, QTabBar::RightSide);
    QVERIFY(close);
    QVERIFY(close->toolTip().contains(QStringLiteral("Model retraining - current state")));
    // Undo History entries show their whole text in a tooltip.
    const QList<ValueStreamMap *> maps = TaktTest::maps(*window->document()).maps();
    window->document()->undoStack()->push(
        TaktTest::changeMap(window->document(), maps.first()->id(), ValueStreamMap::Field::Notes,
                            QStringLiteral("A long note")));
    auto *history = window->findChild<UndoHistoryView *>();
    QVERIFY(history);
    QCOMPARE(history->toolTipAt(history->model()->index(1, 0)),
             window->document()->undoStack()->text(0));
    QVERIFY(!history->toolTipAt(history->model()->index(1, 0)).isEmpty());
    // The step templates are listed by their whole names, none cut short.
    auto *editor = qobject_cast<MapEditor *>(window->openArtefact(maps.first()->id()));
    QVERIFY(editor);
    QListWidget *templates = nullptr;
    for (auto *palette : editor->findChildren<PaletteWidget *>())
        if (palette->viewMode() == QListView::ListMode)
            templates = palette;
    QVERIFY(templates);
    QCOMPARE(templates->count(), StepTemplates::all().size());
    for (int i = 0; i < templates->count(); ++i) {
        QCOMPARE(templates->item(i)->text(), StepTemplates::all().at(i).name);
        QVERIFY(templates->visualItemRect(templates->item(i)).right()
                <= templates->viewport()->width());
    }
    delete window;
}

void tst_MainWindow::presentsAndReturns()
{
    MainWindow *window = exampleWindow();
    const QList<ValueStreamMap *> maps = TaktTest::maps(*window->document()).maps();
    window->openArtefact(maps.at(1)->id());
    auto *present = window->findChild<QAction *>(QStringLiteral("present"));
    QVERIFY(present);
    QCOMPARE(present->shortcut(), QKeySequence(Qt::Key_F5));
    present->trigger();
    PresentationWindow *presentation = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *p = qobject_cast<PresentationWindow *>(widget))
            presentation = p;
    QVERIFY(presentation);
    QPointer<PresentationWindow> alive(presentation);
    // It starts at the current artefact, the future state.
    QCOMPARE(presentation->slide()->artefact, maps.at(1)->id());
    QTest::keyClick(presentation, Qt::Key_Home);
    QCOMPARE(presentation->slide()->artefact, maps.at(0)->id());
    int parts = 0;
    while (presentation->slide()->artefact == maps.at(0)->id()
           && presentation->currentSlide() < presentation->slideCount() - 1) {
        QTest::keyClick(presentation, Qt::Key_Right);
        ++parts;
    }
    QVERIFY(parts > 1); // the current state's parts, then the future state
    QCOMPARE(presentation->slide()->artefact, maps.at(1)->id());
    QTest::keyClick(presentation, Qt::Key_Left);
    QCOMPARE(presentation->slide()->artefact, maps.at(0)->id());
    QTest::keyClick(presentation, Qt::Key_B);
    QVERIFY(presentation->isBlank());
    QTest::keyClick(presentation, Qt::Key_B);
    QVERIFY(!presentation->isBlank());
    QTest::keyClick(presentation, Qt::Key_F);
    QVERIFY(presentation->showsFigures());
    // S: the current and the future state one above the other, each readable.
    QVERIFY(presentation->sideBySide().isEmpty());
    QTest::keyClick(presentation, Qt::Key_S);
    const QList<Slide> pair = presentation->sideBySide();
    QCOMPARE(pair.size(), 2);
    QCOMPARE(pair.first().artefact, maps.at(0)->id()); // the current state above
    QCOMPARE(pair.last().artefact, maps.at(1)->id());
    const qreal readable = PresentationActions::textShare() * presentation->height();
    for (const Slide &s : pair) {
        QVERIFY(s.scale * MapParts::smallestText(MapPainter::mapFont()) >= readable - 1e-6);
        const qreal shown = (s.source.height() + s.footer.height()) * s.scale;
        QVERIFY(shown <= presentation->height() / 2.0);
    }
    // The future state's changed figures say so in words, not only by colour.
    bool marked = false;
    for (const auto &[label, value] : pair.last().figures)
        marked |= value.contains(QStringLiteral(", better)"))
            || value.contains(QStringLiteral(", worse)"));
    QVERIFY(marked);
    QTest::keyClick(presentation, Qt::Key_S);
    QVERIFY(presentation->sideBySide().isEmpty());
    QTest::keyClick(presentation, Qt::Key_Escape);
    QTRY_VERIFY(!alive); // gone, and the window is as it was
    QCOMPARE(window->currentEditor()->artefactId(), maps.at(1)->id());
    delete window;
}

namespace {
/** Presses the button named @p name of the message box about to be shown. */
void answerNextQuestion(const QString &name)
{
    QTimer::singleShot(0, qApp, [name] {
        QWidget *modal = QApplication::activeModalWidget();
        QVERIFY(modal);
        auto *button = modal->findChild<QAbstractButton *>(name);
        QVERIFY(button);
        button->click();
    });
}
} // namespace

void tst_MainWindow::openingJsonOffersToImportIt()
{
    MainWindow *window = exampleWindow();
    const int before = int(TaktTest::maps(*window->document()).maps().size());
    answerNextQuestion(QStringLiteral("import"));
    QVERIFY(MainWindow::openFile(QStringLiteral(TAKT_SHARED_EXAMPLES "/ml-retraining-current.json"),
                                 window));
    QCOMPARE(int(TaktTest::maps(*window->document()).maps().size()), before + 1);
    window->document()->undoStack()->undo(); // one step
    QCOMPARE(int(TaktTest::maps(*window->document()).maps().size()), before);
    delete window;
}

void tst_MainWindow::lockedFileOffersACopy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.takt"));
    QVERIFY(QFile::copy(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Another Takt on this host, alive (the test runner stands in for it).
    const qint64 other = getppid();
    QVERIFY(TaktTest::writeFile(
        DocumentLock::lockPathFor(path),
        QStringLiteral(R"({"host":"%1","user":"zoe","pid":%2,"started":"%3","boot":"%4"})")
            .arg(QSysInfo::machineHostName())
            .arg(other)
            .arg(DocumentLock::processStart(other), DocumentLock::bootId())
            .toUtf8()));
    answerNextQuestion(QStringLiteral("open_copy"));
    QVERIFY(MainWindow::openFile(path, nullptr));
    MainWindow *copy = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *w = qobject_cast<MainWindow *>(widget);
            w && w->document()->displayName() == QLatin1String("Copy of shared.takt"))
            copy = w;
    QVERIFY(copy);
    QVERIFY(copy->document()->filePath().isEmpty());
    QVERIFY(DocumentLock::holder(path)); // still the other Takt's
    copy->document()->undoStack()->clear();
    delete copy;
}

void tst_MainWindow::printShowsAPreviewFirst()
{
    MainWindow *window = exampleWindow();
    QTemporaryDir dir;
    int pdfPages = 0;
    QString error;
    QCOMPARE(PackExporter::write(*window->document(), dir.filePath(QStringLiteral("p.pdf")),
                                 PackOptions(), {}, &error, &pdfPages),
             PackExporter::Result::Written);
    QAction *printMap = nullptr;
    for (QAction *action : window->findChildren<QAction *>())
        if (action->shortcut() == QKeySequence::Print)
            printMap = action;
    auto *printPack = window->findChild<QAction *>(QStringLiteral("print-pack"));
    QVERIFY(printMap && printPack);
    // The preview shows the pages to come; nothing is printed unless the user says so.
    for (const auto &[action, pages] : {std::pair {printPack, pdfPages}, std::pair {printMap, 1}}) {
        int shown = -1;
        QTimer::singleShot(0, qApp, [&shown] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            QVERIFY(preview);
            auto *widget = preview->findChild<QPrintPreviewWidget *>();
            QVERIFY(widget);
            shown = widget->pageCount();
            preview->reject();
        });
        action->trigger();
        QCOMPARE(shown, pages);
    }
    delete window;
}

void tst_MainWindow::startPageOffersRecentNewAndExample()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("last week.takt"));
    QVERIFY(QFile::copy(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSettings().setValue(QStringLiteral("recentFiles"), QStringList {path});
    const auto mainWindows = [] {
        QList<MainWindow *> windows;
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *w = qobject_cast<MainWindow *>(widget); w && w->isVisible())
                windows << w;
        return windows;
    };
    const int before = int(mainWindows().size());

    QPointer<StartPage> start = new StartPage;
    start->show();
    QVERIFY(start->findChild<QPushButton *>(QStringLiteral("open_example")));
    QVERIFY(start->findChild<QPushButton *>(QStringLiteral("open_workshop")));
    auto *recent = start->findChild<QListWidget *>(QStringLiteral("recent"));
    QVERIFY(recent);
    QCOMPARE(recent->count(), 1);
    QCOMPARE(recent->item(0)->text(), QStringLiteral("last week.takt"));
    Q_EMIT recent->itemActivated(recent->item(0)); // Return or a double click
    QTRY_VERIFY(!start); // gone once the workshop is open
    QList<MainWindow *> windows = mainWindows();
    QCOMPARE(int(windows.size()), before + 1);
    QCOMPARE(windows.last()->document()->filePath(), QFileInfo(path).absoluteFilePath());
    delete windows.last();

    start = new StartPage;
    start->show();
    start->findChild<QPushButton *>(QStringLiteral("new_workshop"))->click();
    QTRY_VERIFY(!start);
    windows = mainWindows();
    QCOMPARE(int(windows.size()), before + 1);
    QVERIFY(windows.last()->document()->filePath().isEmpty());
    delete windows.last();
}

namespace {
/** The keyboard of a facilitator keying in a map, counting every key pressed. */
class Keyboard
{
public:
    int keys = 0;
    int typed = 0; // of which the names and figures themselves

    static QWidget *focus()
    {
        QWidget *widget = QApplication::focusWidget();
        return widget ? widget : QApplication::activeWindow();
    }
    void type(const QString &text)
    {
        QTest::keyClicks(focus(), text);
        keys += int(text.size());
        typed += int(text.size());
        QCoreApplication::processEvents(); // as between a person's keys: queued work runs
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focus(), key, modifiers);
        ++keys;
        QCoreApplication::processEvents();
    }
    /** Tab, or Shift+Tab when that is shorter, until the field named @p key has the cursor. */
    bool tabTo(const QString &key)
    {
        const auto distance = [&key](bool forward) {
            int steps = 0;
            for (QWidget *w = focus(); w && steps < 40;) {
                if (w->objectName() == key && w->isVisible())
                    return steps;
                w = forward ? w->nextInFocusChain() : w->previousInFocusChain();
                if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
                    ++steps;
            }
            return 1000;
        };
        const int forward = distance(true), backward = distance(false);
        const bool back = backward < forward;
        for (int i = std::min(forward, backward); i > 0 && i < 1000; --i)
            press(back ? Qt::Key_Backtab : Qt::Key_Tab, back ? Qt::ShiftModifier : Qt::NoModifier);
        return focus() && focus()->objectName() == key;
    }
    /** Types @p figures into the fields of the element just added, in the form's order. */
    bool fill(const QList<std::pair<QString, QString>> &figures)
    {
        for (const auto &[key, text] : figures) {
            if (!tabTo(key))
                return false;
            // Tab selects a field's text, so typing replaces it ("New step", "Queue").
            auto *edit = qobject_cast<QLineEdit *>(focus());
            if (edit && !edit->text().isEmpty() && edit->selectedText() != edit->text())
                press(Qt::Key_A, Qt::ControlModifier);
            type(text);
        }
        return true;
    }
};
} // namespace

void tst_MainWindow::sharedExampleKeyedInWithoutTheMouse()
{
    QString error;
    auto *window = new MainWindow(Document::createNew(&error));
    window->resize(1366, 768);
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    Keyboard k;
    using Figures = QList<std::pair<QString, QString>>;
    k.press(Qt::Key_M, Qt::ControlModifier); // Map ▸ New Map: the cursor in its name
    QVERIFY2(k.focus() && k.focus()->objectName() == QLatin1String("name"),
             k.focus() ? k.focus()->metaObject()->className() : "no focus");
    QVERIFY(k.fill({{"name", "Model retraining - current state"},
                    {"demand_per_day", "2"},
                    {"available_time_per_day", "8 h"}}));
    const QList<std::pair<bool, Figures>> flow = {
        {true, {{"wait", "3 d"}, {"name", "Raw data backlog"}}},
        {false,
         {{"name", "Data ingestion"},
          {"cycle_time", "2 h"},
          {"complete_accurate", "90"},
          {"operators", "1"},
          {"attributes", "tool: batch ETL"}}},
        {true, {{"count", "8"}, {"name", "Labeling queue"}}},
        {false,
         {{"name", "Labeling"},
          {"cycle_time", "6 h"},
          {"complete_accurate", "80"},
          {"operators", "3"}}},
        {true, {{"wait", "1 d"}, {"name", "Waiting for GPU"}}},
        {false,
         {{"name", "Training"},
          {"cycle_time", "5 h"},
          {"uptime", "90"},
          {"attributes", "GPU hours: 20"}}},
        {true, {{"wait", "2 d"}, {"name", "Review queue"}}},
        {false,
         {{"name", "Validation"},
          {"cycle_time", "3 h"},
          {"complete_accurate", "95"},
          {"value_added", "1 h"}}},
        {true, {{"wait", "4 d"}, {"name", "Approval gate"}}},
        {false, {{"name", "Deployment"}, {"cycle_time", "30 min"}, {"changeover", "15 min"}}},
    };
    for (const auto &[queue, figures] : flow) {
        // Insert Queue (Ctrl+Shift+Return) or Add Process Step (Ctrl+Return) after the
        // selection: the first queue, with nothing selected, goes before the flow.
        k.press(Qt::Key_Return,
                queue ? Qt::ControlModifier | Qt::ShiftModifier : Qt::ControlModifier);
        QVERIFY2(k.fill(figures), qPrintable(figures.first().second));
    }
    k.press(Qt::Key_Escape); // leave the last field: its figure is stored
    window->findChild<QTabWidget *>()->currentWidget()->setFocus();
    const ValueStreamMap *keyed = TaktTest::maps(*window->document()).maps().last();
    QCOMPARE(keyed->elements().size(), 10);
    QByteArray json
        = TaktTest::readAll(QStringLiteral(TAKT_SHARED_EXAMPLES "/ml-retraining-current.json"));
    EntityId next = 1000;
    auto expected = VsmJson::read(
        json, [&] { return next++; }, &error);
    QVERIFY2(expected, qPrintable(error));
    const MapMetrics a = MapMetrics::compute(*keyed);
    const MapMetrics b = MapMetrics::compute(*expected);
    QCOMPARE(a.leadTime, b.leadTime); // 14.7 d
    QCOMPARE(a.processTime, b.processTime);
    QCOMPARE(a.valueAdded, b.valueAdded);
    QCOMPARE(a.taktTime, b.taktTime);
    QCOMPARE(a.rolledCompleteAccurate, b.rolledCompleteAccurate);
    QCOMPARE(a.bottleneckName, b.bottleneckName);
    QCOMPARE(a.ladder.size(), b.ladder.size());
    for (int i = 0; i < a.ladder.size(); ++i)
        QCOMPARE(a.ladder.at(i).name, b.ladder.at(i).name); // in the flow, in order
    QVERIFY(a.offFlow.isEmpty());
    qInfo("The shared example's current state: %d keys (%d of them the names and figures "
          "themselves), 0 mouse actions.",
          k.keys, k.typed);
    window->document()->undoStack()->clear();
    delete window;
}

void tst_MainWindow::highContrastIsReadable()
{
    MainWindow *window = exampleWindow();
    auto *action = window->findChild<QAction *>(QStringLiteral("high-contrast"));
    QVERIFY(action && action->isCheckable());
    action->setChecked(true);
    QVERIFY(HighContrast::isOn());
    const QPalette p = QApplication::palette();
    using R = QPalette::ColorRole;
    const QList<std::pair<R, R>> texts = {{R::WindowText, R::Window},
                                          {R::Text, R::Base},
                                          {R::PlaceholderText, R::Base},
                                          {R::ButtonText, R::Button},
                                          {R::HighlightedText, R::Highlight},
                                          {R::ToolTipText, R::ToolTipBase},
                                          {R::Link, R::Base}};
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
        for (const auto &[text, ground] : texts)
            QVERIFY2(Contrast::ratio(p.color(group, text), p.color(group, ground))
                         >= Contrast::Text,
                     qPrintable(QStringLiteral("group %1, role %2").arg(group).arg(text)));
    QVERIFY(Contrast::ratio(p.color(R::Mid), p.color(R::Window)) >= Contrast::Graphics);
    action->setChecked(false); // back to the theme's own
    QVERIFY(!HighContrast::isOn());
    QCOMPARE(QApplication::palette().color(R::Window),
             QApplication::style()->standardPalette().color(R::Window));
    delete window;
}

void tst_MainWindow::presentsOnTheProjector()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() < 2)
        QSKIP("one screen: CTest runs this again as tst_mainwindow.projector, with two");
    MainWindow *window = exampleWindow();
    window->move(screens.first()->geometry().topLeft());
    QCOMPARE(window->screen(), screens.first());
    window->findChild<QAction *>(QStringLiteral("present"))->trigger();
    PresentationWindow *presentation = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *p = qobject_cast<PresentationWindow *>(widget))
            presentation = p;
    QVERIFY(presentation);
    // On the projector, whole; the facilitator's window stays on the laptop, working.
    QTRY_COMPARE(presentation->geometry(), screens.at(1)->geometry());
    QCOMPARE(window->screen(), screens.first());
    QVERIFY(window->isVisible());
    QCOMPARE(presentation->size(), QSize(1920, 1080));
    const qreal smallest
        = presentation->slide()->scale * MapParts::smallestText(MapPainter::mapFont());
    QVERIFY2(smallest >= 27 - 1e-6, qPrintable(QString::number(smallest))); // 2.5 % of 1080
    if (const QByteArray shot = qgetenv("TAKT_PROJECTOR_SHOT"); !shot.isEmpty())
        presentation->grab().save(QString::fromLocal8Bit(shot)); // to look at
    QTest::keyClick(presentation, Qt::Key_Escape);

    // The facilitation timer on the projector, its digits over a fifth of the height; the
    // facilitator's window on the laptop runs the timer meanwhile.
    AgendaStore::of(*window->document())->timer()->setClock([] { return qint64(0); });
    window->findChild<QAction *>(QStringLiteral("timer-start"))->trigger();
    // The running item in the status bar, whatever the tab.
    auto *status = window->findChild<QLabel *>(QStringLiteral("status-timer"));
    QVERIFY(status);
    QTRY_COMPARE(status->text(), QStringLiteral("Timer: Should labeling move in-house?, 10:00"));
    QVERIFY(status->isVisible());
    window->findChild<QAction *>(QStringLiteral("presenter-timer"))->trigger();
    PresenterWindow *timer = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *p = qobject_cast<PresenterWindow *>(widget))
            timer = p;
    QVERIFY(timer);
    QTRY_COMPARE(timer->geometry(), screens.at(1)->geometry());
    QCOMPARE(window->screen(), screens.first());
    QVERIFY2(timer->digitsPixelSize() >= timer->screen()->geometry().height() / 5,
             qPrintable(QString::number(timer->digitsPixelSize())));
    // The example's one item not yet run: the topic the parking lot carried to day 2.
    QTRY_COMPARE(timer->digitsText(), QStringLiteral("10:00"));
    if (const QByteArray shot = qgetenv("TAKT_PRESENTER_SHOT"); !shot.isEmpty())
        timer->grab().save(QString::fromLocal8Bit(shot));
    window->findChild<QAction *>(QStringLiteral("timer-next"))->trigger(); // from the laptop
    QCOMPARE(timer->digitsText(), QStringLiteral("–:––")); // the agenda is done
    QTest::keyClick(timer, Qt::Key_Escape);
    delete window;
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
