#include "actions/actionstore.h"
#include "decisions/decisionlogeditor.h"
#include "decisions/decisionstore.h"
#include "decisions/decisiontablemodel.h"
#include "document/document.h"
#include "document/followup.h"
#include "document/recordtablemodel.h"
#include "parkinglot/parkingloteditor.h"
#include "parkinglot/parkinglotstore.h"
#include "testsupport.h"
#include "vsm/addremovemap.h"
#include "vsm/valuestreammap.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

/** The decisions log and the parking lot: kept, undone and reopened; a decision's About
 *  linked to what it names; a parked topic handed on as an action in one step, linked. */
class tst_Registers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TaktTest::isolateAppData(); }
    void decisionsKeptUndoneAndReopened();
    void decisionAboutFollowsItsArtefact();
    void decisionsTypedInOneLine();
    void parkedTopicBecomesAnActionInOneStep();
    void parkingLotEditorHandsOnTheSelection();

private:
    static std::unique_ptr<Document> newDocument();
};

std::unique_ptr<Document> tst_Registers::newDocument()
{
    QString error;
    auto document = Document::createNew(&error);
    if (!document)
        qFatal("%s", qPrintable(error));
    return document;
}

void tst_Registers::decisionsKeptUndoneAndReopened()
{
    auto document = newDocument();
    DecisionStore *store = DecisionStore::of(*document);
    QVERIFY(store->registerId());
    Decision d;
    d.id = document->newId();
    d.what = QStringLiteral("Label in batches of 50, not 2,000");
    d.decidedBy = QStringLiteral("王芳");
    d.date = QDate(2026, 11, 24);
    d.notes = QStringLiteral("=not a formula");
    document->undoStack()->push(store->addDecisions({d}));
    DecisionTableModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, DecisionTableModel::DateColumn)).toString(),
             QStringLiteral("24 Nov 2026"));
    // A bad date is refused with the reason, the old one kept.
    QSignalSpy refused(&model, &RecordTableModel::refused);
    QVERIFY(
        !model.setData(model.index(0, DecisionTableModel::DateColumn), QStringLiteral("31 Feb")));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(store->decisions().items().first().date, QDate(2026, 11, 24));
    QVERIFY(model.setData(model.index(0, DecisionTableModel::DecidedByColumn),
                          QStringLiteral(" Ana Lima ")));
    QCOMPARE(store->decisions().items().first().decidedBy, QStringLiteral("Ana Lima"));
    document->undoStack()->undo();
    QCOMPARE(store->decisions().items().first().decidedBy, QStringLiteral("王芳"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("decisions.takt"));
    QString error;
    QVERIFY2(document->save(path, &error), qPrintable(error));
    document.reset();
    auto reopened = Document::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    const Decision &kept = DecisionStore::of(*reopened)->decisions().items().first();
    QCOMPARE(kept.what, d.what);
    QCOMPARE(kept.decidedBy, d.decidedBy);
    QCOMPARE(kept.date, d.date);
    QCOMPARE(kept.notes, d.notes);
}

void tst_Registers::decisionAboutFollowsItsArtefact()
{
    auto document = newDocument();
    const EntityId map = document->newId();
    auto *added = new ValueStreamMap(map);
    added->setValue(ValueStreamMap::Field::Name, QStringLiteral("Retraining"));
    document->undoStack()->push(new AddMap(document.get(), added));
    DecisionStore *store = DecisionStore::of(*document);
    Decision d;
    d.id = document->newId();
    d.what = QStringLiteral("Pilot on the fraud model");
    d.about = QStringLiteral("retraining"); // as typed, whatever the case
    document->undoStack()->push(store->addDecisions({d}));
    QCOMPARE(store->aboutOf(d.id), map);
    document->undoStack()->push(TaktTest::changeMap(document.get(), map,
                                                    ValueStreamMap::Field::Name,
                                                    QStringLiteral("Retraining - current state")));
    QCOMPARE(store->aboutName(store->decisions().items().first()),
             QStringLiteral("Retraining - current state"));
    // Typed anew: linked anew, as one undo step.
    document->undoStack()->push(store->changeAbout(d.id, QStringLiteral("no such thing")));
    QCOMPARE(store->aboutOf(d.id), EntityId(0));
    QCOMPARE(store->aboutName(store->decisions().items().first()), QStringLiteral("no such thing"));
    document->undoStack()->undo();
    QCOMPARE(store->aboutOf(d.id), map);
}

void tst_Registers::decisionsTypedInOneLine()
{
    auto document = newDocument();
    DecisionLogEditor editor(document.get(), DecisionStore::of(*document)->registerId());
    editor.resize(1000, 500);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.focusEntry();
    QTRY_VERIFY(editor.entryEdit()->hasFocus());
    QTest::keyClicks(editor.entryEdit(), QStringLiteral("Validate every candidate model"));
    QTest::keyClick(editor.entryEdit(), Qt::Key_Return);
    QTest::keyClicks(editor.entryEdit(), QStringLiteral("Follow-up on 9 December"));
    QTest::keyClick(editor.entryEdit(), Qt::Key_Return);
    const auto &decisions = DecisionStore::of(*document)->decisions().items();
    QCOMPARE(decisions.size(), 2);
    QCOMPARE(decisions.at(1).what, QStringLiteral("Follow-up on 9 December"));
    QCOMPARE(decisions.at(1).date, QDate::currentDate());
    QTRY_VERIFY2(editor.footerText().contains(QStringLiteral("2 without who decided")),
                 qPrintable(editor.footerText()));
    // Filtered, then deleted from the selection: one undo step brings it back.
    editor.filterEdit()->setText(QStringLiteral("december"));
    QCOMPARE(editor.filter()->rowCount(), 1);
    editor.table()->selectRow(0);
    editor.deleteSelection();
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions.first().what, QStringLiteral("Validate every candidate model"));
    document->undoStack()->undo();
    QCOMPARE(decisions.size(), 2);
}

void tst_Registers::parkedTopicBecomesAnActionInOneStep()
{
    auto document = newDocument();
    ParkingLotStore *lot = ParkingLotStore::of(*document);
    ParkedTopic t;
    t.id = document->newId();
    t.topic = QStringLiteral("GPU quota: who decides?");
    t.raisedBy = QStringLiteral("Jonas Weber");
    t.raised = QDate(2026, 11, 24);
    document->undoStack()->push(lot->addTopics({t}));
    QVERIFY(FollowUps::canTake(*document, FollowUp::Kind::Action));
    const int steps = document->undoStack()->index();
    document->undoStack()->push(lot->handOn(t.id, FollowUp::Kind::Action));
    QCOMPARE(document->undoStack()->index(), steps + 1);
    QCOMPARE(lot->topics().items().first().outcome, ParkedTopic::Outcome::Action);
    const ActionStore &actions = *ActionStore::of(*document);
    QCOMPARE(actions.actions().items().size(), 1);
    const ActionItem &a = actions.actions().items().first();
    QCOMPARE(a.what, t.topic);
    QCOMPARE(a.owner, t.raisedBy);
    // Linked both ways: the action names its topic, the topic knows its action.
    QCOMPARE(actions.sourceOf(a.id), t.id);
    QCOMPARE(actions.sourceName(a), t.topic);
    QCOMPARE(FollowUps::of(*document, t.id), QList<EntityId> {a.id});
    QVERIFY(lot->summary(lot->registerId()).endsWith(QStringLiteral(", 0 open")));
    document->undoStack()->undo();
    QVERIFY(actions.actions().items().isEmpty());
    QCOMPARE(lot->topics().items().first().outcome, ParkedTopic::Outcome::Open);
    QVERIFY(FollowUps::of(*document, t.id).isEmpty());
    // Reopened: the outcome and the link are kept.
    document->undoStack()->redo();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lot.takt"));
    QString error;
    QVERIFY2(document->save(path, &error), qPrintable(error));
    document.reset();
    auto reopened = Document::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(ParkingLotStore::of(*reopened)->topics().items().first().outcome,
             ParkedTopic::Outcome::Action);
    QCOMPARE(FollowUps::of(*reopened, t.id).size(), 1);
}

void tst_Registers::parkingLotEditorHandsOnTheSelection()
{
    auto document = newDocument();
    ParkingLotEditor editor(document.get(), ParkingLotStore::of(*document)->registerId());
    editor.resize(1000, 500);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(!editor.toActionButton()->isEnabled()); // nothing selected
    for (const char *topic : {"Shadow deployment", "Cost per run on the dashboard"}) {
        QTest::keyClicks(editor.entryEdit(), QString::fromUtf8(topic));
        QTest::keyClick(editor.entryEdit(), Qt::Key_Return);
    }
    editor.table()->selectRow(1);
    QVERIFY(editor.toActionButton()->isEnabled());
    editor.toActionButton()->click();
    const ActionStore &actions = *ActionStore::of(*document);
    QCOMPARE(actions.actions().items().size(), 1);
    QCOMPARE(actions.actions().items().first().what,
             QStringLiteral("Cost per run on the dashboard"));
    QVERIFY(!editor.toActionButton()->isEnabled()); // handed on already: not twice
    editor.toActionButton()->click();
    QCOMPARE(actions.actions().items().size(), 1);
    QTRY_VERIFY2(editor.footerText().contains(QStringLiteral("1 open, 0 resolved, 1 turned into")),
                 qPrintable(editor.footerText()));
    // The outcome reads in words in its cell.
    const QModelIndex outcome = editor.table()->model()->index(1, 3);
    QCOMPARE(outcome.data().toString(), QStringLiteral("turned into an action"));
}

QTEST_MAIN(tst_Registers)
#include "tst_registers.moc"
