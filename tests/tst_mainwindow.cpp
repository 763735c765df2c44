#include "editor/artefacteditor.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "vsm/figureedit.h"
#include "vsm/mapeditor.h"
#include "vsm/mappropertiespanel.h"
#include "vsm/mapscene.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QTest>

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

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
