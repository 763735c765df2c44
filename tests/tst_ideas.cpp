#include "actions/actionstore.h"
#include "document/document.h"
#include "document/followup.h"
#include "ideas/ideaboardeditor.h"
#include "ideas/ideacsv.h"
#include "ideas/ideamatrix.h"
#include "ideas/ideamatrixview.h"
#include "ideas/ideastore.h"
#include "ideas/ideatablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

/** Kaizen ideas and dot voting: dots limited per voter, the tally hidden until revealed and
 *  kept when closed, typed totals; the 2×2 re-scoring by drag; an idea becoming an action. */
class tst_Ideas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TaktTest::isolateAppData(); }
    void dotsHiddenUntilRevealedAndKept();
    void typedTotalsKeepNamedDots();
    void matrixPlacesAndRescores();
    void ideaBecomesAnActionInOneStep();
    void boardVotesByNumberFromTheKeyboard();

private:
    static std::unique_ptr<Document> withIdeas(int count);
};

std::unique_ptr<Document> tst_Ideas::withIdeas(int count)
{
    QString error;
    auto document = Document::createNew(&error);
    if (!document)
        qFatal("%s", qPrintable(error));
    QList<KaizenIdea> ideas;
    for (int n = 1; n <= count; ++n) {
        KaizenIdea i;
        i.id = document->newId();
        i.title = QStringLiteral("Idea %1").arg(n);
        i.tags = n % 2 ? QStringLiteral("labeling, flow") : QStringLiteral("Flow, data");
        ideas << i;
    }
    document->undoStack()->push(IdeaStore::of(*document)->addIdeas(ideas));
    return document;
}

void tst_Ideas::dotsHiddenUntilRevealedAndKept()
{
    auto document = withIdeas(3);
    IdeaStore *store = IdeaStore::of(*document);
    IdeaTableModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(
        store->tags(),
        (QStringList {QStringLiteral("data"), QStringLiteral("flow"), QStringLiteral("labeling")}));
    document->undoStack()->push(store->newRound(QStringLiteral("Round 1"), 2));
    const EntityId round = store->currentRound();
    QString why;
    const EntityId second = store->ideaNumbered(2);
    for (int n = 0; n < 2; ++n)
        document->undoStack()->push(store->castDot(round, QStringLiteral("Ana"), second, &why));
    QVERIFY(!store->castDot(round, QStringLiteral("ana"), second, &why)); // out of dots
    QCOMPARE(why, QStringLiteral("ana has given all 2 dots."));
    document->undoStack()->push(
        store->castDot(round, QStringLiteral("Bo"), store->ideaNumbered(3), &why));
    QCOMPARE(store->tallyOf(round, second), 2);
    // Each dot is its own step: one undo takes back one dot.
    document->undoStack()->undo();
    QCOMPARE(store->tallyOf(round, store->ideaNumbered(3)), 0);
    document->undoStack()->undo();
    QCOMPARE(store->tallyOf(round, second), 1);
    document->undoStack()->redo();
    document->undoStack()->redo();
    const QModelIndex dots = model.index(1, IdeaTableModel::DotsColumn);
    QCOMPARE(dots.data().toString(), QStringLiteral("hidden")); // not before the reveal
    document->undoStack()->push(store->changeRoundState(round, VotingRound::State::Revealed));
    QCOMPARE(dots.data().toString(), QStringLiteral("2"));
    QVERIFY(!store->castDot(round, QStringLiteral("Cy"), second, &why)); // revealed: no more
    document->undoStack()->push(store->changeRoundState(round, VotingRound::State::Closed));
    QCOMPARE(store->currentRound(), EntityId(0));
    // Undoing the close leaves the round revealed, not open again.
    document->undoStack()->undo();
    QCOMPARE(store->rounds().find(round)->state, VotingRound::State::Revealed);
    document->undoStack()->redo();
    QCOMPARE(store->lastClosedRound(), round);
    QCOMPARE(dots.data().toString(), QStringLiteral("2")); // kept with its tally
    // Saved and reopened: the round, its state and its dots.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ideas.takt"));
    QVERIFY2(document->save(path, &why), qPrintable(why));
    document.reset();
    auto reopened = Document::open(path, &why);
    QVERIFY2(reopened, qPrintable(why));
    const IdeaStore &kept = *IdeaStore::of(*reopened);
    QCOMPARE(kept.lastClosedRound(), round);
    QCOMPARE(kept.tallyOf(round, second), 2);
    QCOMPARE(kept.tallyOf(round, kept.ideaNumbered(3)), 1);
    // The CSV has the closed round's dots.
    QVERIFY(IdeaCsv::write(kept).contains(",2\r\n"));
}

void tst_Ideas::typedTotalsKeepNamedDots()
{
    auto document = withIdeas(2);
    IdeaStore *store = IdeaStore::of(*document);
    document->undoStack()->push(store->newRound(QStringLiteral("Wall"), 5));
    const EntityId round = store->currentRound();
    const EntityId first = store->ideaNumbered(1);
    QString why;
    document->undoStack()->push(store->castDot(round, QStringLiteral("Ana"), first, &why));
    document->undoStack()->push(store->setTotal(round, first, 7, &why));
    QCOMPARE(store->tallyOf(round, first), 7);
    QVERIFY(!store->setTotal(round, first, 0, &why)); // Ana's dot stands
    QVERIFY2(why.contains(QStringLiteral("1 dots are already given")), qPrintable(why));
    document->undoStack()->undo();
    QCOMPARE(store->tallyOf(round, first), 1);
    // Deleting an idea takes its dots; undo brings both back.
    document->undoStack()->push(store->removeIdeas({first}));
    QVERIFY(store->votes().items().isEmpty());
    document->undoStack()->undo();
    QCOMPARE(store->tallyOf(round, first), 1);
}

void tst_Ideas::matrixPlacesAndRescores()
{
    auto document = withIdeas(2);
    IdeaStore *store = IdeaStore::of(*document);
    const EntityId first = store->ideaNumbered(1);
    document->undoStack()->push(store->rescore(first, 9, 2));
    QVERIFY(store->row(first)->isQuickWin());
    QCOMPARE(store->row(first)->effortSize(), QStringLiteral("S"));
    const IdeaMatrix matrix(*store, QSizeF(600, 400), QFont());
    const QPointF quickWin = matrix.positionOf(*store->row(first));
    QVERIFY(quickWin.x() < matrix.plot().center().x()); // low effort: left
    QVERIFY(quickWin.y() < matrix.plot().center().y()); // high impact: top
    QCOMPARE(matrix.ideaAt(quickWin), first);
    QCOMPARE(matrix.scoresAt(quickWin), std::make_pair(9, 2));
    // Dragged in the view to the bottom right: re-scored as one undo step.
    IdeaMatrixView view(document.get());
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QPoint from = view.discCentre(first).toPoint();
    const QRectF plot = IdeaMatrix(*store, view.size(), view.font()).plot();
    const QPoint to = QPointF(plot.right() - 5, plot.bottom() - 5).toPoint();
    const int steps = document->undoStack()->index();
    QTest::mousePress(&view, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, to, view.mapToGlobal(to), Qt::LeftButton, Qt::LeftButton,
                     {});
    QApplication::sendEvent(&view, &move);
    QTest::mouseRelease(&view, Qt::LeftButton, {}, to);
    QCOMPARE(document->undoStack()->index(), steps + 1);
    QCOMPARE(store->row(first)->impactScore(), 1);
    QCOMPARE(store->row(first)->effortScore(), 10);
    document->undoStack()->undo();
    QCOMPARE(store->row(first)->impactScore(), 9);
    QCOMPARE(store->row(first)->effortScore(), 2);
    // A click is not a drag.
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.discCentre(first).toPoint());
    QCOMPARE(document->undoStack()->index(), steps);
}

void tst_Ideas::ideaBecomesAnActionInOneStep()
{
    auto document = withIdeas(1);
    IdeaStore *store = IdeaStore::of(*document);
    const EntityId idea = store->ideaNumbered(1);
    document->undoStack()->push(new ChangeField(
        &store->rowList(), idea, int(KaizenIdea::Field::Change), QStringLiteral("−6 d")));
    document->undoStack()->push(new ChangeField(
        &store->rowList(), idea, int(KaizenIdea::Field::Figure), QStringLiteral("lead time")));
    const int steps = document->undoStack()->index();
    document->undoStack()->push(store->toAction(idea));
    QCOMPARE(document->undoStack()->index(), steps + 1);
    const ActionStore &actions = *ActionStore::of(*document);
    QCOMPARE(actions.actions().items().size(), 1);
    const ActionItem &a = actions.actions().items().first();
    QCOMPARE(a.what, QStringLiteral("Idea 1"));
    QCOMPARE(a.notes, QStringLiteral("Expected: lead time −6 d"));
    QCOMPARE(actions.sourceOf(a.id), idea); // both ways
    QCOMPARE(FollowUps::of(*document, idea), QList<EntityId> {a.id});
    QCOMPARE(store->row(idea)->status, KaizenIdea::Status::Accepted);
    document->undoStack()->undo();
    QVERIFY(actions.actions().items().isEmpty());
    QCOMPARE(store->row(idea)->status, KaizenIdea::Status::Proposed);
}

void tst_Ideas::boardVotesByNumberFromTheKeyboard()
{
    auto document = withIdeas(4);
    IdeaBoardEditor editor(document.get(), IdeaStore::of(*document)->registerId());
    editor.resize(1300, 700);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClicks(editor.entryEdit(), QStringLiteral("Canary deployments"));
    QTest::keyClick(editor.entryEdit(), Qt::Key_Return);
    const IdeaStore &store = *IdeaStore::of(*document);
    QCOMPARE(store.ideas().items().size(), 5);
    editor.dotsBox()->setValue(2);
    editor.roundButton()->click(); // start a round
    QVERIFY(store.currentRound());
    QVERIFY(editor.voteEdit()->isEnabled());
    editor.voterBox()->setEditText(QStringLiteral("Ana"));
    for (const char *number : {"5", "2"}) {
        QTest::keyClicks(editor.voteEdit(), QString::fromLatin1(number));
        QTest::keyClick(editor.voteEdit(), Qt::Key_Return);
    }
    QCOMPARE(store.tallyOf(store.currentRound(), store.ideaNumbered(5)), 1);
    QCOMPARE(store.tallyOf(store.currentRound(), store.ideaNumbered(2)), 1);
    QCOMPARE(editor.vote(QStringLiteral("3")), QStringLiteral("Ana has given all 2 dots."));
    QCOMPARE(editor.vote(QStringLiteral("9")),
             QStringLiteral("“9” is not the number of an idea (1 to 5)."));
    editor.roundButton()->click(); // reveal
    editor.roundButton()->click(); // close
    QCOMPARE(store.currentRound(), EntityId(0));
    QVERIFY(!editor.voteEdit()->isEnabled());
}

QTEST_MAIN(tst_Ideas)
#include "tst_ideas.moc"
