#include "actions/actioncalendar.h"
#include "actions/actioncsv.h"
#include "actions/actionfilter.h"
#include "actions/actionstore.h"
#include "actions/actiontablemodel.h"
#include "core/changefield.h"
#include "document/document.h"
#include "document/entitynames.h"
#include "document/linkcommands.h"
#include "testsupport.h"
#include "vsm/addremovemap.h"
#include "vsm/addremovemapitems.h"
#include "vsm/futurestate.h"
#include "vsm/mapstore.h"
#include "vsm/valuestreammap.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

/** The action register: CSV in and out (RFC 4180, all or nothing), kept, undone, sorted and
 *  filtered as the table shows it. */
class tst_Actions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TaktTest::isolateAppData(); }
    void csvRoundTripKeepsEveryField();
    void csvColumnsByNameInAnyOrder();
    void badRowsAreNamedByLineAndField_data();
    void badRowsAreNamedByLineAndField();
    void storedUndoneAndReopened();
    void tableSortsFiltersAndMarksOverdue();
    void openActionsAsCalendarToDos();
    void sourcesAreLinkedAndFollowRenames();

private:
    static QList<ActionItem> tricky();
};

QList<ActionItem> tst_Actions::tricky()
{
    ActionItem a;
    a.what = QStringLiteral("Label, then \"review\"\nin pairs");
    a.owner = QStringLiteral("王芳");
    a.due = QDate(2026, 11, 20);
    a.status = ActionItem::Status::InProgress;
    a.priority = ActionItem::Priority::High;
    a.verifier = QStringLiteral("Мария Иванова");
    a.source = QStringLiteral("Labeling");
    a.notes = QStringLiteral("=SUM(A1:A9)"); // a spreadsheet would run it
    ActionItem b;
    b.what = QStringLiteral("-5 % latency");
    b.owner = QStringLiteral("+Ops");
    b.verifier = QStringLiteral("@oncall");
    b.status = ActionItem::Status::Cancelled;
    b.priority = ActionItem::Priority::Low;
    return {a, b};
}

void tst_Actions::csvRoundTripKeepsEveryField()
{
    const QByteArray csv = ActionCsv::write(tricky());
    // Formula-looking cells go out behind a ' (OWASP), never as formulas.
    QVERIFY(csv.contains("'=SUM(A1:A9)"));
    QVERIFY(csv.contains("'-5 % latency"));
    QVERIFY(csv.contains("'+Ops"));
    QVERIFY(csv.contains("\r\n")); // RFC 4180 line ends
    QVERIFY(csv.contains("\"Label, then \"\"review\"\"\nin pairs\""));
    for (const QByteArray &bytes :
         {csv, QByteArray("\xef\xbb\xbf") + csv, QByteArray(csv).replace("\r\n", "\n")}) {
        QString error;
        const auto back = ActionCsv::read(bytes, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->size(), 2);
        const QList<ActionItem> wanted = tricky(); // kept: a reference into a temporary dangles
        for (int i = 0; i < 2; ++i) {
            const ActionItem &want = wanted.at(i), &got = back->at(i);
            QCOMPARE(got.what, want.what);
            QCOMPARE(got.owner, want.owner);
            QCOMPARE(got.due, want.due);
            QCOMPARE(got.status, want.status);
            QCOMPARE(got.priority, want.priority);
            QCOMPARE(got.verifier, want.verifier);
            QCOMPARE(got.source, want.source);
            QCOMPARE(got.notes, want.notes);
        }
    }
}

void tst_Actions::csvColumnsByNameInAnyOrder()
{
    QString error;
    const auto read = ActionCsv::read("owner,WHAT\nAna,Fix the gate\n\n", &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->size(), 1);
    QCOMPARE(read->first().what, QStringLiteral("Fix the gate"));
    QCOMPARE(read->first().owner, QStringLiteral("Ana"));
    QCOMPARE(read->first().status, ActionItem::Status::Open); // left out: open, medium
    QCOMPARE(read->first().priority, ActionItem::Priority::Medium);
}

void tst_Actions::badRowsAreNamedByLineAndField_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown column")
        << QByteArray("What,Budget\nx,3\n") << "line 1: \"Budget\" is not a column";
    QTest::newRow("no What") << QByteArray("Owner\nAna\n") << "the column \"What\" is missing";
    QTest::newRow("twice") << QByteArray("What,what\na,b\n") << "comes twice";
    // A quoted line break: the bad row is on line 4 of the file, not the third record.
    QTest::newRow("date") << QByteArray("What,Due\n\"a\nb\",2026-11-01\nc,1 Nov\n")
                          << "line 4, field \"Due\": \"1 Nov\" is not a date";
    QTest::newRow("status") << QByteArray("What,Status\na,finished\n")
                            << "line 2, field \"Status\": \"finished\" is not one of open";
    QTest::newRow("priority") << QByteArray("What,Priority\na,urgent\n")
                              << "line 2, field \"Priority\": \"urgent\"";
    QTest::newRow("empty What") << QByteArray("What,Owner\n,Ana\n") << "line 2, field \"What\"";
    QTest::newRow("cells") << QByteArray("What\na,b\n") << "line 2: 2 cells for 1 columns";
}

void tst_Actions::badRowsAreNamedByLineAndField()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    QString why;
    QVERIFY(!ActionCsv::read(csv, &why));
    QVERIFY2(why.contains(error), qPrintable(why));
}

void tst_Actions::storedUndoneAndReopened()
{
    QString error;
    auto document = Document::createNew(&error);
    QVERIFY2(document, qPrintable(error));
    ActionStore *store = ActionStore::of(*document);
    QVERIFY(store->registerId()); // every document has its register
    QCOMPARE(store->artefacts(), QList<EntityId> {store->registerId()});
    QList<ActionItem> actions = tricky();
    for (ActionItem &a : actions)
        a.id = document->newId();
    document->undoStack()->push(store->addActions(actions));
    QCOMPARE(store->actions().items().size(), 2);
    document->undoStack()->push(store->removeActions({actions.first().id}));
    QCOMPARE(store->actions().items().size(), 1);
    document->undoStack()->undo();
    QCOMPARE(store->actions().items().first().what, actions.first().what);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("actions.takt"));
    QVERIFY2(document->save(path, &error), qPrintable(error));
    const EntityId registerId = store->registerId();
    document.reset();
    auto reopened = Document::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    const ActionStore &again = *ActionStore::of(*reopened);
    QCOMPARE(again.registerId(), registerId); // the same register, not a new one
    QCOMPARE(again.actions().items().size(), 2);
    const ActionItem &first = again.actions().items().first();
    QCOMPARE(first.owner, QStringLiteral("王芳"));
    QCOMPARE(first.due, QDate(2026, 11, 20));
    QCOMPARE(first.status, ActionItem::Status::InProgress);
    QCOMPARE(first.notes, QStringLiteral("=SUM(A1:A9)"));
}

void tst_Actions::tableSortsFiltersAndMarksOverdue()
{
    QString error;
    auto document = Document::createNew(&error);
    ActionStore *store = ActionStore::of(*document);
    ActionTableModel model(document.get());
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 &model);
    ActionFilter filter;
    filter.setSourceModel(&model);
    new QAbstractItemModelTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 &filter);
    model.setToday(QDate(2026, 12, 2)); // the tests' day, not the clock's
    QList<ActionItem> actions = tricky(); // due 20 Nov, in progress; and cancelled, no date
    ActionItem late;
    late.what = QStringLiteral("Own the approval gate");
    late.owner = late.verifier = QStringLiteral("Amara");
    late.due = QDate(2026, 12, 1);
    actions << late;
    for (ActionItem &a : actions)
        a.id = document->newId();
    document->undoStack()->push(store->addActions(actions));
    QCOMPARE(model.rowCount(), 3);
    const auto due
        = [&](int row) { return model.index(row, ActionTableModel::DueColumn).data().toString(); };
    QVERIFY2(due(0).startsWith(QStringLiteral("⚠ "))
                 && due(0).endsWith(QStringLiteral("(overdue)")),
             qPrintable(due(0)));
    QVERIFY(!due(1).contains(QStringLiteral("overdue"))); // cancelled: never overdue
    QVERIFY(model.index(2, ActionTableModel::VerifierColumn).data().toString().contains("owner"));

    filter.setShow(ActionFilter::Show::Overdue);
    QCOMPARE(filter.rowCount(), 2);
    filter.setShow(ActionFilter::Show::Open);
    QCOMPARE(filter.rowCount(), 2);
    filter.setText(QStringLiteral("gate"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setText(QString());
    filter.setShow(ActionFilter::Show::All);
    // By due date: the undated last; by priority: high first.
    filter.sort(ActionTableModel::DueColumn);
    QCOMPARE(filter.index(0, 0).data().toString(), tricky().first().what);
    QCOMPARE(filter.index(2, 0).data().toString(), tricky().last().what);
    filter.sort(ActionTableModel::PriorityColumn);
    QCOMPARE(filter.index(0, 0).data().toString(), tricky().first().what);

    // An edit through the table is one undo step; a bad date is refused with the reason.
    QVERIFY(
        model.setData(model.index(2, ActionTableModel::DueColumn), QStringLiteral("2027-01-10")));
    QCOMPARE(store->actions().items().at(2).due, QDate(2027, 1, 10));
    QVERIFY(!due(2).contains(QStringLiteral("overdue")));
    document->undoStack()->undo();
    QCOMPARE(store->actions().items().at(2).due, QDate(2026, 12, 1));
    QSignalSpy refused(&model, &ActionTableModel::refused);
    QVERIFY(!model.setData(model.index(2, ActionTableModel::DueColumn), QStringLiteral("soon")));
    QCOMPARE(refused.count(), 1);
}

void tst_Actions::openActionsAsCalendarToDos()
{
    QList<ActionItem> actions = tricky(); // in progress, due 20 Nov; and cancelled
    actions[0].id = 41;
    actions[0].what = QStringLiteral("Label in pairs; review, then ship\\today ")
        + QString(40, QChar(0x738b)); // 王 ×40
    const QByteArray ics
        = ActionCalendar::write(actions, QDateTime(QDate(2026, 12, 2), QTime(9, 30), Qt::UTC));
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(ics.count("BEGIN:VTODO"), 1); // the cancelled one is nobody's to carry
    QVERIFY(ics.contains("UID:takt-action-41@takt.invalid\r\n"));
    QVERIFY(ics.contains("DTSTAMP:20261202T093000Z\r\n"));
    QVERIFY(ics.contains("DUE;VALUE=DATE:20261120\r\n"));
    QVERIFY(ics.contains("STATUS:IN-PROCESS\r\n"));
    QVERIFY(ics.contains("PRIORITY:1\r\n"));
    // Every physical line at most 75 octets, each a whole UTF-8 text: folding never splits
    // a character; unfolded, the summary is the action's, escaped.
    for (const QByteArray &line : ics.split('\n')) {
        QVERIFY2(line.size() <= 76, line.constData()); // with its \r
        QVERIFY(QString::fromUtf8(line).toUtf8() == line);
    }
    const QString unfolded = QString::fromUtf8(QByteArray(ics).replace("\r\n ", ""));
    QVERIFY(
        unfolded.contains(QStringLiteral("SUMMARY:Label in pairs\\; review\\, then ship\\\\today ")
                          + QString(40, QChar(0x738b)) + QStringLiteral("\r\n")));
    QVERIFY(unfolded.contains(
        QStringLiteral("DESCRIPTION:Owner: 王芳\\nVerifier: Мария Иванова\\nSource: "
                       "Labeling\\n=SUM(A1:A9)\r\n")));
}

void tst_Actions::sourcesAreLinkedAndFollowRenames()
{
    auto document = TaktTest::documentWithExampleMap();
    ActionStore *store = ActionStore::of(*document);
    ValueStreamMap *map = TaktTest::maps(*document).maps().first();
    EntityId labeling = 0;
    for (const MapElement &e : map->elements())
        if (e.name == QLatin1String("Labeling"))
            labeling = e.id;
    QCOMPARE(EntityNames::find(*document, QStringLiteral("labeling")), labeling);
    QCOMPARE(EntityNames::find(*document, map->name()), map->id());
    QCOMPARE(EntityNames::artefactOf(*document, labeling), map->id());
    QCOMPARE(EntityNames::find(*document, QStringLiteral("Nowhere")), EntityId(0));

    ActionItem a, b;
    a.id = document->newId();
    a.what = QStringLiteral("Single-piece flow");
    a.source = QStringLiteral("Labeling");
    b.id = document->newId();
    b.what = QStringLiteral("Ask the vendor");
    b.source = QStringLiteral("An email from procurement"); // names nothing: kept as text
    QUndoStack &undo = *document->undoStack();
    undo.push(store->addActions({a, b}));
    ActionTableModel model(document.get());
    const QModelIndex sourceCell = model.index(0, ActionTableModel::SourceColumn);
    QCOMPARE(sourceCell.data().toString(), QStringLiteral("Labeling"));
    QCOMPARE(store->sourceOf(a.id), labeling);
    QCOMPARE(store->sourceOf(b.id), EntityId(0));
    QCOMPARE(store->sourceName(*store->action(b.id)), b.source);

    // The step renamed: the action's source reads the new name, in the table and the CSV.
    undo.push(TaktTest::changeElement(document.get(), map->id(), labeling, ElementField::Name,
                                      QStringLiteral("Annotation")));
    QCOMPARE(store->sourceName(*store->action(a.id)), QStringLiteral("Annotation"));
    QVERIFY(ActionCsv::write(store->forExport()).contains(",Annotation,"));
    QTRY_COMPARE(sourceCell.data().toString(), QStringLiteral("Annotation")); // the table too

    // A second map with the same step: the name alone is ambiguous, so it is qualified.
    auto future = FutureState::derive(*map, [&] { return document->newId(); });
    const QString futureName = future->name();
    undo.push(new AddMap(document.get(), future.release()));
    QCOMPARE(EntityNames::find(*document, QStringLiteral("Annotation")), EntityId(0));
    QCOMPARE(store->sourceName(*store->action(a.id)),
             map->name() + EntityNames::Separator + QStringLiteral("Annotation"));
    QCOMPARE(EntityNames::find(*document, store->sourceName(*store->action(a.id))), labeling);
    undo.undo();

    // Deleting the step takes the link; the typed text stays; undo brings the link back.
    undo.push(new RemoveMapItems(document.get(), map->id(), {labeling}, {}));
    QCOMPARE(store->sourceOf(a.id), EntityId(0));
    QCOMPARE(store->sourceName(*store->action(a.id)), QStringLiteral("Labeling"));
    undo.undo();
    QCOMPARE(store->sourceOf(a.id), labeling);

    // Typing a source relinks it, one undo step.
    const int steps = undo.index();
    undo.push(store->changeSource(b.id, map->name()));
    QCOMPARE(undo.index(), steps + 1);
    QCOMPARE(store->sourceOf(b.id), map->id());
    undo.undo();
    QCOMPARE(store->sourceOf(b.id), EntityId(0));
    QCOMPARE(store->action(b.id)->source, b.source);
}

QTEST_GUILESS_MAIN(tst_Actions)
#include "tst_actions.moc"
