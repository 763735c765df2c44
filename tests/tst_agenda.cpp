#include "agenda/agendaeditor.h"
#include "agenda/agendastore.h"
#include "agenda/agendatablemodel.h"
#include "agenda/facilitationtimer.h"
#include "agenda/presenterwindow.h"
#include "core/changefield.h"
#include "document/document.h"
#include "parkinglot/parkinglotstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

/** The agenda and its facilitation timer: items by day, moved and undone, the balance; the
 *  timer on a stepped clock (never a sleep); the presenter view's digits and cues. */
class tst_Agenda : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TaktTest::isolateAppData(); }
    void itemsByDayMovedAndReopened();
    void timerCountsDownWarnsAndOvertakes();
    void nextRecordsTheTimeAsAnUndoStep();
    void parkedTopicCarriedToTheNextDay();
    void movingTheTimedItemKeepsItsTime();
    void editorTypesItemsAndRunsTheTimer();
    void presenterDigitsAndCues();

private:
    struct Fixture
    {
        std::unique_ptr<Document> document;
        AgendaStore *agenda = nullptr;
        qint64 now = 1000; // the stepped clock, in ms
        QList<EntityId> ids;
    };
    static std::unique_ptr<Fixture> fixture();
};

std::unique_ptr<tst_Agenda::Fixture> tst_Agenda::fixture()
{
    auto f = std::make_unique<Fixture>();
    QString error;
    f->document = Document::createNew(&error);
    if (!f->document)
        qFatal("%s", qPrintable(error));
    f->agenda = AgendaStore::of(*f->document);
    Fixture *raw = f.get();
    f->agenda->timer()->setClock([raw] { return raw->now; });
    QList<AgendaItem> items;
    for (const auto &[day, title, minutes] :
         QList<std::tuple<int, const char *, int>> {{1, "Welcome", 15},
                                                    {1, "Map the current state", 90},
                                                    {2, "Design the future state", 60}}) {
        AgendaItem i;
        i.id = f->document->newId();
        i.day = day;
        i.title = QString::fromUtf8(title);
        i.planned = minutes * 60.0;
        items << i;
        f->ids << i.id;
    }
    f->document->undoStack()->push(f->agenda->addItems(items));
    return f;
}

void tst_Agenda::itemsByDayMovedAndReopened()
{
    auto f = fixture();
    AgendaTableModel model(f->document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(f->agenda->lastDay(), 2);
    QCOMPARE(f->agenda->plannedOn(1), 105 * 60.0);
    QCOMPARE(model.data(model.index(1, AgendaTableModel::PlannedColumn)).toString(),
             QStringLiteral("1 h 30 min"));
    // A bare number is minutes; a bad one is refused with the reason.
    QVERIFY(model.setData(model.index(0, AgendaTableModel::PlannedColumn), QStringLiteral("20")));
    QCOMPARE(f->agenda->items().items().first().planned, 20 * 60.0);
    QVERIFY(
        !model.setData(model.index(0, AgendaTableModel::PlannedColumn), QStringLiteral("soon")));
    f->document->undoStack()->push(f->agenda->moveItem(f->ids.at(0), 1));
    QCOMPARE(f->agenda->items().items().at(1).id, f->ids.at(0));
    f->document->undoStack()->undo();
    QCOMPARE(f->agenda->items().items().at(0).id, f->ids.at(0));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agenda.takt"));
    QString error;
    QVERIFY2(f->document->save(path, &error), qPrintable(error));
    f->document.reset();
    auto reopened = Document::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    const auto &kept = AgendaStore::of(*reopened)->items().items();
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.at(0).planned, 20 * 60.0);
    QCOMPARE(kept.at(2).dayNumber(), 2);
    QVERIFY(!kept.at(2).actual);
}

void tst_Agenda::timerCountsDownWarnsAndOvertakes()
{
    auto f = fixture();
    FacilitationTimer *timer = f->agenda->timer();
    QCOMPARE(timer->phase(), FacilitationTimer::Phase::Idle);
    timer->start(); // the first item not yet run
    QCOMPARE(timer->item(), f->ids.at(0));
    QCOMPARE(timer->remaining(), 15 * 60.0);
    QCOMPARE(FacilitationTimer::clockText(timer->remaining()), QStringLiteral("15:00"));
    f->now += 12 * 60 * 1000 + 30 * 1000;
    QCOMPARE(FacilitationTimer::clockText(timer->remaining()), QStringLiteral("2:30"));
    QCOMPARE(timer->phase(), FacilitationTimer::Phase::Running);
    f->now += 31 * 1000; // 1:59 left
    QCOMPARE(timer->phase(), FacilitationTimer::Phase::LastMinutes);
    // A pause holds the time.
    timer->pause();
    f->now += 10 * 60 * 1000;
    QCOMPARE(FacilitationTimer::clockText(timer->remaining()), QStringLiteral("1:59"));
    timer->start();
    f->now += 2 * 60 * 1000 + 5000; // over by a few seconds
    QCOMPARE(timer->phase(), FacilitationTimer::Phase::Overtime);
    QCOMPARE(FacilitationTimer::clockText(timer->remaining()), QStringLiteral("+0:06"));
    // One more minute: back in the last minutes.
    timer->addMinutes(1);
    QCOMPARE(timer->phase(), FacilitationTimer::Phase::LastMinutes);
    QCOMPARE(FacilitationTimer::clockText(timer->remaining()), QStringLiteral("0:54"));
    timer->addMinutes(5);
    QCOMPARE(timer->phase(), FacilitationTimer::Phase::Running);
}

void tst_Agenda::nextRecordsTheTimeAsAnUndoStep()
{
    auto f = fixture();
    FacilitationTimer *timer = f->agenda->timer();
    timer->start();
    f->now += 18 * 60 * 1000; // 3 min over
    const int steps = f->document->undoStack()->index();
    timer->next();
    QCOMPARE(f->document->undoStack()->index(), steps + 1);
    QCOMPARE(f->agenda->items().items().first().actual, 18 * 60.0);
    QCOMPARE(timer->item(), f->ids.at(1));
    QVERIFY(timer->isRunning());
    f->now += 80 * 60 * 1000; // 10 min ahead
    timer->next();
    QCOMPARE(f->agenda->balance(), -7 * 60.0);
    QCOMPARE(AgendaStore::balanceText(f->agenda->balance()), QStringLiteral("7 min ahead"));
    QCOMPARE(AgendaStore::balanceText(12 * 60.0), QStringLiteral("12 min behind"));
    QCOMPARE(AgendaStore::balanceText(20), QStringLiteral("on time"));
    QCOMPARE(f->agenda->currentDay(), 2);
    // Undone: the second item's time is gone, the first's kept.
    f->document->undoStack()->undo();
    QVERIFY(!f->agenda->items().items().at(1).actual);
    QCOMPARE(f->agenda->items().items().at(0).actual, 18 * 60.0);
    // The last item: next records it and stops.
    timer->start(f->ids.at(2));
    f->now += 60 * 1000;
    timer->next();
    QCOMPARE(timer->item(), EntityId(0));
    QVERIFY(!timer->isRunning());
    QCOMPARE(f->agenda->items().items().at(2).actual, 60.0);
}

void tst_Agenda::parkedTopicCarriedToTheNextDay()
{
    auto f = fixture();
    f->document->undoStack()->push(TaktTest::changeWorkshop(
        f->document.get(), WorkshopMetadata::Field::StartDate, QDate(2026, 11, 24)));
    AgendaItem later;
    later.id = f->document->newId();
    later.day = 3;
    later.title = QStringLiteral("Day 3 kick-off");
    f->document->undoStack()->push(f->agenda->addItems({later}));
    ParkingLotStore *lot = ParkingLotStore::of(*f->document);
    ParkedTopic t;
    t.id = f->document->newId();
    t.topic = QStringLiteral("Move labeling in-house?");
    t.raised = QDate(2026, 11, 24); // on day 1
    f->document->undoStack()->push(lot->addTopics({t}));
    f->document->undoStack()->push(lot->handOn(t.id, FollowUp::Kind::AgendaItem));
    const auto &items = f->agenda->items().items();
    QCOMPARE(items.size(), 5);
    QCOMPARE(items.at(3).title, t.topic); // at the end of day 2, before day 3
    QCOMPARE(items.at(3).dayNumber(), 2);
    QCOMPARE(items.at(4).title, later.title);
    QCOMPARE(FollowUps::of(*f->document, t.id), QList<EntityId> {items.at(3).id});
    QCOMPARE(lot->topics().items().first().outcome, ParkedTopic::Outcome::Carried);
    f->document->undoStack()->undo();
    QCOMPARE(items.size(), 4);
}

void tst_Agenda::movingTheTimedItemKeepsItsTime()
{
    auto f = fixture();
    FacilitationTimer *timer = f->agenda->timer();
    timer->start(f->ids.at(1));
    f->now += 5 * 60 * 1000;
    f->document->undoStack()->push(f->agenda->moveItem(f->ids.at(1), 0));
    QCoreApplication::processEvents(); // the timer hears of the move as a removal, queued
    QCOMPARE(timer->item(), f->ids.at(1));
    QVERIFY(timer->isRunning());
    QCOMPARE(timer->elapsed(), 5 * 60.0);
    // Deleted for good: the timer lets go.
    f->document->undoStack()->push(f->agenda->removeItems({f->ids.at(1)}));
    QTRY_COMPARE(timer->item(), EntityId(0));
    f->document->undoStack()->undo(); // the removal
    f->document->undoStack()->undo(); // the move
    QCOMPARE(f->agenda->items().items().first().id, f->ids.at(0));
    // Moving on passes the items that have their time: Welcome run, so on to day 2.
    AgendaTableModel model(f->document.get());
    timer->start(f->ids.at(0));
    f->now += 60 * 1000;
    timer->next();
    QCOMPARE(timer->item(), f->ids.at(1));
    f->now += 60 * 1000;
    timer->next();
    QCOMPARE(timer->item(), f->ids.at(2));
    // A recorded time opened and left as it was: no step, the seconds kept.
    f->document->undoStack()->push(new ChangeField(&f->agenda->rowList(), f->ids.at(0),
                                                   int(AgendaItem::Field::Actual), 1384.0));
    const int steps = f->document->undoStack()->index();
    const int row = f->agenda->items().indexOf(f->ids.at(0));
    const QModelIndex actual = model.index(row, AgendaTableModel::ActualColumn);
    QVERIFY(model.setData(actual, actual.data(Qt::EditRole)));
    QCOMPARE(f->document->undoStack()->index(), steps);
    QCOMPARE(f->agenda->row(f->ids.at(0))->actual, 1384.0);
}

void tst_Agenda::editorTypesItemsAndRunsTheTimer()
{
    auto f = fixture();
    AgendaEditor editor(f->document.get(), f->agenda->registerId());
    editor.resize(1200, 600);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QCOMPARE(editor.dayBox()->value(), 2);
    editor.dayBox()->setValue(1);
    QTest::keyClicks(editor.entryEdit(), QStringLiteral("Waste walk, 40, Yuko Tanaka"));
    QTest::keyClick(editor.entryEdit(), Qt::Key_Return);
    const auto &items = f->agenda->items().items();
    QCOMPARE(items.size(), 4);
    QCOMPARE(items.at(2).title, QStringLiteral("Waste walk")); // at the end of day 1
    QCOMPARE(items.at(2).planned, 40 * 60.0);
    QCOMPARE(items.at(2).owner, QStringLiteral("Yuko Tanaka"));
    QTest::keyClicks(editor.entryEdit(), QStringLiteral("Lunch, an hour"));
    QTest::keyClick(editor.entryEdit(), Qt::Key_Return);
    QCOMPARE(items.size(), 4); // refused, kept to correct
    QCOMPARE(editor.entryEdit()->text(), QStringLiteral("Lunch, an hour"));
    // A title with commas, and a title with its minutes and no comma at all.
    editor.entryEdit()->clear();
    QTest::keyClicks(editor.entryEdit(), QStringLiteral("Lunch, networking and demos, 45"));
    QTest::keyClick(editor.entryEdit(), Qt::Key_Return);
    QTest::keyClicks(editor.entryEdit(), QStringLiteral("Retro 20"));
    QTest::keyClick(editor.entryEdit(), Qt::Key_Return);
    QCOMPARE(items.size(), 6);
    QCOMPARE(items.at(3).title, QStringLiteral("Lunch, networking and demos"));
    QCOMPARE(items.at(3).planned, 45 * 60.0);
    QCOMPARE(items.at(4).title, QStringLiteral("Retro"));
    QCOMPARE(items.at(4).planned, 20 * 60.0);
    // Ctrl+Z in the emptied line is the window's Undo (the row), not the line's (its text).
    QKeyEvent undoKey(QEvent::ShortcutOverride, Qt::Key_Z, Qt::ControlModifier);
    undoKey.ignore();
    QApplication::sendEvent(editor.entryEdit(), &undoKey);
    QVERIFY(!undoKey.isAccepted());
    f->document->undoStack()->undo();
    f->document->undoStack()->undo();
    QCOMPARE(items.size(), 4);
    // Alt+Down moves the selected item, as one undo step.
    editor.table()->setFocus();
    editor.table()->selectRow(0);
    QTest::keyClick(editor.table(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(items.at(1).title, QStringLiteral("Welcome"));
    f->document->undoStack()->undo();
    QCOMPARE(items.at(0).title, QStringLiteral("Welcome"));
    // The timer from its bar.
    editor.startButton()->click();
    QVERIFY(f->agenda->timer()->isRunning());
    f->now += 5 * 60 * 1000;
    QTRY_VERIFY2(editor.timerLabel()->text().contains(QStringLiteral("Welcome: 10:00 left")),
                 qPrintable(editor.timerLabel()->text()));
    QCOMPARE(editor.table()->model()->index(0, AgendaTableModel::ItemColumn).data().toString(),
             QStringLiteral("▶ Welcome (now)"));
    f->now += 20 * 60 * 1000;
    editor.findChild<QPushButton *>(QStringLiteral("next"))->click();
    QTRY_VERIFY2(editor.balanceLabel()->text().contains(QStringLiteral("10 min behind")),
                 qPrintable(editor.balanceLabel()->text()));
    QCOMPARE(editor.table()->model()->index(0, AgendaTableModel::ActualColumn).data().toString(),
             QStringLiteral("25 min (+10)"));
}

void tst_Agenda::presenterDigitsAndCues()
{
    auto f = fixture();
    PresenterWindow presenter(*f->agenda);
    presenter.setAttribute(Qt::WA_DeleteOnClose, false);
    presenter.resize(1920, 1080);
    presenter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&presenter));
    // Full screen where it is shown, the digits over a fifth of that screen's height.
    presenter.showFor(QGuiApplication::primaryScreen());
    QTRY_COMPARE(presenter.geometry(), QGuiApplication::primaryScreen()->geometry());
    QVERIFY2(presenter.digitsPixelSize() >= presenter.screen()->geometry().height() / 5,
             qPrintable(QString::number(presenter.digitsPixelSize())));
    presenter.resize(1920, 1080); // as on a projector, for the pictures below
    f->agenda->timer()->start();
    QCOMPARE(presenter.digitsText(), QStringLiteral("15:00"));
    QVERIFY(presenter.cueText().isEmpty());
    f->now += 13 * 60 * 1000 + 30 * 1000; // 1:30 left
    QCOMPARE(presenter.cueText(), QStringLiteral("2 min left"));
    const QString shots = qEnvironmentVariable("TAKT_CUE_SHOTS"); // a folder, to look at
    if (!shots.isEmpty())
        presenter.grab().save(shots + QStringLiteral("/last-minutes.png"));
    f->now += 2 * 60 * 1000; // 0:30 over
    QCOMPARE(presenter.cueText(), QStringLiteral("Time is up"));
    QCOMPARE(presenter.digitsText(), QStringLiteral("+0:30"));
    if (!shots.isEmpty())
        presenter.grab().save(shots + QStringLiteral("/overtime.png"));
    // Keys for the room: Space pauses, N moves on.
    QTest::keyClick(&presenter, Qt::Key_Space);
    QVERIFY(!f->agenda->timer()->isRunning());
    QCOMPARE(presenter.cueText(), QStringLiteral("Time is up"));
    QTest::keyClick(&presenter, Qt::Key_N);
    QCOMPARE(f->agenda->timer()->item(), f->ids.at(1));
    QCOMPARE(presenter.digitsText(), QStringLiteral("90:00"));
    // What the room sees, painted: light digits on dark.
    const QImage shot = presenter.grab().toImage();
    QVERIFY(!shot.isNull());
}

QTEST_MAIN(tst_Agenda)
#include "tst_agenda.moc"
