#include "actions/actionstore.h"
#include "document/artefactfiles.h"
#include "document/document.h"
#include "document/followup.h"
#include "editor/diagramview.h"
#include "testsupport.h"
#include "vsm/mapmetrics.h"
#include "vsm/mapproblem.h"
#include "vsm/mapstore.h"
#include "vsm/valuestreammap.h"
#include "whys/fivewhyseditor.h"
#include "whys/fivewhysjson.h"
#include "whys/fivewhysmodel.h"
#include "whys/fivewhyspanel.h"
#include "whys/fivewhysstore.h"
#include "whys/whysdiagram.h"
#include "whys/whysguidance.h"
#include "whys/whysoutlineview.h"
#include "whys/whystemplates.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

/** The 5 Whys as a room builds it: branch, nest, move, merge, mark root causes, cycle the
 *  evidence, delete; every step undone exactly, kept through save and reopen; the outline
 *  driven by keys; the diagram without overlaps; the example's analysis read and written. */
class tst_Whys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TaktTest::isolateAppData(); }
    void branchNestMoveAndUndo();
    void mergeCarriesCausesAndCountermeasures();
    void deleteTakesTheBranchAndUndoBringsItBack();
    void savedReopenedAndExportedAlike();
    void countermeasureBecomesALinkedAction();
    void outlineIsDrivenByKeys();
    void diagramBoxesNeverOverlap();
    void templatesStartAnalyses();
    void badFilesAreRefusedAndWriteNothing();
    void commandLineImportsExportsAndLists();
    void askWhyOfAProblemOnAMap();
    void evidenceRestsOnAMapFigure();

private:
    static std::unique_ptr<Document> newDocument();
    /** An analysis "Slow retraining" with causes A (A1, A2) and B. */
    static EntityId seed(Document &document);
    static EntityId causeNamed(const FiveWhysStore &store, const QString &text);
    /** The analysis's causes as "text(child, child)" from the top: what the outline shows. */
    static QString shape(const FiveWhysStore &store, EntityId analysis, EntityId parent = 0);
};

/** @p o as the writer writes it: every cause says whether it is a root cause. */
static QJsonObject withDefaults(QJsonObject o)
{
    if (o.contains(QLatin1String("text")) && !o.contains(QLatin1String("root_cause"))
        && !o.contains(QLatin1String("owner")))
        o.insert(QStringLiteral("root_cause"), false);
    for (const char *key : {"causes", "countermeasures"}) {
        QJsonArray list = o.value(QLatin1String(key)).toArray();
        for (int i = 0; i < list.size(); ++i)
            list.replace(i, withDefaults(list.at(i).toObject()));
        if (!list.isEmpty())
            o.insert(QLatin1String(key), list);
    }
    return o;
}

std::unique_ptr<Document> tst_Whys::newDocument()
{
    QString error;
    auto document = Document::createNew(&error);
    if (!document)
        qFatal("%s", qPrintable(error));
    return document;
}

EntityId tst_Whys::seed(Document &document)
{
    const QByteArray json = R"({"format": "takt-whys", "version": 1, "name": "Slow retraining",
        "problem": "Retraining takes 15 days",
        "causes": [{"text": "A", "causes": [{"text": "A1"}, {"text": "A2"}]}, {"text": "B"}]})";
    QString error;
    const auto tree = FiveWhysJson::read(
        json, [&] { return document.newId(); }, &error);
    if (!tree)
        qFatal("%s", qPrintable(error));
    document.undoStack()->push(FiveWhysStore::of(document)->addAnalysis(*tree, "Add"));
    return tree->analysis.id;
}

EntityId tst_Whys::causeNamed(const FiveWhysStore &store, const QString &text)
{
    for (const WhyCause &c : store.causes().items())
        if (c.text == text)
            return c.id;
    return 0;
}

QString tst_Whys::shape(const FiveWhysStore &store, EntityId analysis, EntityId parent)
{
    QStringList parts;
    for (EntityId id : store.childrenOf(analysis, parent)) {
        const QString below = shape(store, analysis, id);
        parts << store.cause(id)->text + (below.isEmpty() ? QString() : '(' + below + ')');
    }
    return parts.join(QStringLiteral(", "));
}

void tst_Whys::branchNestMoveAndUndo()
{
    auto document = newDocument();
    FiveWhysStore &store = *FiveWhysStore::of(*document);
    const EntityId analysis = seed(*document);
    FiveWhysModel model(document.get(), analysis);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(shape(store, analysis), QStringLiteral("A(A1, A2), B"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.indexOf(causeNamed(store, "A"))), 2);
    const QString before = QString::fromUtf8(FiveWhysJson::write(store.tree(analysis)));

    // Branch: a second cause under B, then one under A2 at the front.
    WhyCause b1;
    b1.id = document->newId();
    b1.analysis = analysis;
    b1.parent = causeNamed(store, "B");
    b1.text = QStringLiteral("B1");
    document->undoStack()->push(store.addCause(b1));
    QCOMPARE(shape(store, analysis), QStringLiteral("A(A1, A2), B(B1)"));
    WhyCause a0 = b1;
    a0.id = document->newId();
    a0.parent = causeNamed(store, "A");
    a0.text = QStringLiteral("A0");
    document->undoStack()->push(store.addCause(a0, 0));
    QCOMPARE(shape(store, analysis), QStringLiteral("A(A0, A1, A2), B(B1)"));
    // Nest A2 under A1 (Tab), take it out again (Shift+Tab), then out to the top.
    const EntityId a2 = causeNamed(store, "A2");
    document->undoStack()->push(store.indentCause(a2));
    QCOMPARE(shape(store, analysis), QStringLiteral("A(A0, A1(A2)), B(B1)"));
    QVERIFY(!store.indentCause(a0.id)); // the first has none above to go under
    document->undoStack()->push(store.outdentCause(a2));
    QCOMPARE(shape(store, analysis), QStringLiteral("A(A0, A1, A2), B(B1)"));
    document->undoStack()->push(store.outdentCause(a2));
    QCOMPARE(shape(store, analysis), QStringLiteral("A(A0, A1), A2, B(B1)"));
    QVERIFY(!store.outdentCause(a2));
    // Reorder: A2 up past A, B down is refused at the end.
    document->undoStack()->push(store.moveCauseBy(a2, -1));
    QCOMPARE(shape(store, analysis), QStringLiteral("A2, A(A0, A1), B(B1)"));
    QVERIFY(!store.moveCauseBy(causeNamed(store, "B"), 1));
    // Move A (with its causes) under B1; a cause cannot go under itself.
    const EntityId a = causeNamed(store, "A");
    QVERIFY(!store.moveCause(a, causeNamed(store, "A1"), 0));
    QVERIFY(!store.moveCause(a, a, 0));
    document->undoStack()->push(store.moveCause(a, b1.id, 0));
    QCOMPARE(shape(store, analysis), QStringLiteral("A2, B(B1(A(A0, A1)))"));
    QCOMPARE(store.depthOf(causeNamed(store, "A1")), 4);
    // Mark a root cause and cycle its evidence: hypothesis, confirmed, ruled out, hypothesis.
    const EntityId a1 = causeNamed(store, "A1");
    document->undoStack()->push(store.setRootCause(a1, true));
    QVERIFY(store.cause(a1)->rootCause);
    const QDate day(2026, 11, 23);
    for (auto expected :
         {WhyCause::Status::Confirmed, WhyCause::Status::RuledOut, WhyCause::Status::Hypothesis}) {
        document->undoStack()->push(
            store.setStatus(a1, FiveWhysStore::nextStatus(store.cause(a1)->status), day));
        QCOMPARE(store.cause(a1)->status, expected);
    }
    QCOMPARE(store.cause(a1)->statusOn, day);
    // A status is one of the three, never a number typed in.
    QVERIFY(!model.setData(model.indexOf(a1, FiveWhysModel::StatusColumn), 7));
    QVERIFY(!(model.flags(model.indexOf(a1, FiveWhysModel::StatusColumn)) & Qt::ItemIsEditable));
    QCOMPARE(store.cause(a1)->status, WhyCause::Status::Hypothesis);
    QCOMPARE(
        model.data(model.indexOf(a1, FiveWhysModel::RootCauseColumn), Qt::CheckStateRole).toInt(),
        int(Qt::Checked));

    // Every step undone brings back the tree exactly as it was; redone, the last state.
    const QString after = QString::fromUtf8(FiveWhysJson::write(store.tree(analysis)));
    while (document->undoStack()->index() > 1)
        document->undoStack()->undo();
    QCOMPARE(QString::fromUtf8(FiveWhysJson::write(store.tree(analysis))), before);
    while (document->undoStack()->canRedo())
        document->undoStack()->redo();
    QCOMPARE(QString::fromUtf8(FiveWhysJson::write(store.tree(analysis))), after);
}

void tst_Whys::mergeCarriesCausesAndCountermeasures()
{
    auto document = newDocument();
    FiveWhysStore &store = *FiveWhysStore::of(*document);
    const EntityId analysis = seed(*document);
    FiveWhysModel model(document.get(), analysis);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const EntityId a = causeNamed(store, "A"), b = causeNamed(store, "B");
    Countermeasure m;
    m.id = document->newId();
    m.cause = a;
    m.text = QStringLiteral("Label daily");
    document->undoStack()->push(store.addCountermeasure(m));
    document->undoStack()->push(store.setRootCause(a, true));
    // A cause cannot merge into one below it.
    QVERIFY(!store.mergeCause(a, causeNamed(store, "A1")));
    document->undoStack()->push(store.mergeCause(a, b));
    QCOMPARE(shape(store, analysis), QStringLiteral("B(A1, A2)"));
    QCOMPARE(store.countermeasure(m.id)->cause, b);
    QVERIFY(store.cause(b)->rootCause);
    QCOMPARE(store.cause(b)->evidence, QStringLiteral("Merged: A"));
    document->undoStack()->undo();
    QCOMPARE(shape(store, analysis), QStringLiteral("A(A1, A2), B"));
    QCOMPARE(store.countermeasure(m.id)->cause, a);
    QVERIFY(!store.cause(b)->rootCause);
    QVERIFY(store.cause(b)->evidence.isEmpty());
}

void tst_Whys::deleteTakesTheBranchAndUndoBringsItBack()
{
    auto document = newDocument();
    FiveWhysStore &store = *FiveWhysStore::of(*document);
    const EntityId analysis = seed(*document);
    FiveWhysModel model(document.get(), analysis);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A2 first moved before A in the list's order, so that a child comes before its parent.
    const EntityId a = causeNamed(store, "A");
    document->undoStack()->push(store.moveCauseBy(causeNamed(store, "A1"), 1));
    document->undoStack()->push(store.moveCauseBy(causeNamed(store, "B"), -1));
    QCOMPARE(shape(store, analysis), QStringLiteral("B, A(A2, A1)"));
    Countermeasure m;
    m.id = document->newId();
    m.cause = causeNamed(store, "A1");
    m.text = QStringLiteral("Fix it");
    document->undoStack()->push(store.addCountermeasure(m));
    // The navigator hears of it: its status counts the causes.
    QSignalSpy outline(&store, &ArtefactStore::outlineChanged);
    document->undoStack()->push(store.removeCause(a));
    QCOMPARE(shape(store, analysis), QStringLiteral("B"));
    bool told = false;
    for (const QList<QVariant> &signal : outline)
        told = told || signal.value(0).toLongLong() == qint64(analysis);
    QVERIFY(told);
    QVERIFY(!store.countermeasure(m.id));
    QCOMPARE(store.causes().count(), 1);
    document->undoStack()->undo();
    QCOMPARE(shape(store, analysis), QStringLiteral("B, A(A2, A1)"));
    QVERIFY(store.countermeasure(m.id));
    // The whole analysis, and back.
    document->undoStack()->push(store.removeAnalysis(analysis));
    QVERIFY(store.artefacts().isEmpty());
    QCOMPARE(store.causes().count(), 0);
    document->undoStack()->undo();
    QCOMPARE(shape(store, analysis), QStringLiteral("B, A(A2, A1)"));
}

void tst_Whys::savedReopenedAndExportedAlike()
{
    QTemporaryDir dir;
    const QString source = QStringLiteral(TAKT_RESOURCE_EXAMPLES "/retraining-whys.json");
    auto document = newDocument();
    QString error;
    const EntityId id = ArtefactFiles::importFile(*document, source, &error);
    QVERIFY2(id, qPrintable(error));
    FiveWhysStore &store = *FiveWhysStore::of(*document);
    QCOMPARE(store.artefactName(id), QStringLiteral("Retraining requests take 15 days"));
    QCOMPARE(store.causes().count(), 7);
    QCOMPARE(WhysGuidance::hints(store.tree(id)).first().kind, WhysHint::Kind::ReadBack);
    const QByteArray exported = ArtefactFiles::exportJson(*document, id, nullptr, &error);
    // A round trip keeps every field: the file and the export say the same.
    QCOMPARE(QJsonDocument::fromJson(exported).object(),
             withDefaults(QJsonDocument::fromJson(TaktTest::readAll(source)).object()));

    // An edit, saved; undone after the save, saved again: the reopened file has the undone
    // state, and a reopened file has the same tree.
    const EntityId ruledOut = causeNamed(store, "Labelers are busy re-labeling rejected items");
    document->undoStack()->push(store.removeCause(ruledOut));
    const QString path = dir.filePath(QStringLiteral("whys.takt"));
    QVERIFY2(document->save(path, &error), qPrintable(error));
    document->undoStack()->undo();
    QVERIFY2(document->save(path, &error), qPrintable(error));
    document.reset();
    auto reopened = Document::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    const FiveWhysStore &kept = *FiveWhysStore::of(*reopened);
    QCOMPARE(kept.artefacts().size(), 1);
    QCOMPARE(
        QJsonDocument::fromJson(FiveWhysJson::write(kept.tree(kept.artefacts().first()))).object(),
        QJsonDocument::fromJson(exported).object());
}

void tst_Whys::countermeasureBecomesALinkedAction()
{
    auto document = newDocument();
    FiveWhysStore &store = *FiveWhysStore::of(*document);
    const EntityId analysis = seed(*document);
    Q_UNUSED(analysis)
    Countermeasure m;
    m.id = document->newId();
    m.cause = causeNamed(store, "A1");
    m.text = QStringLiteral("Label in daily batches of 50");
    m.owner = QStringLiteral("Priya Raman");
    m.due = QDate(2026, 12, 18);
    m.figure = QStringLiteral("lead time");
    m.expected = QStringLiteral("−3 d");
    document->undoStack()->push(store.addCountermeasure(m));
    document->undoStack()->push(store.toAction(m.id));
    const QList<EntityId> actions = FollowUps::of(*document, m.id);
    QCOMPARE(actions.size(), 1);
    const ActionItem *action = ActionStore::of(*document)->action(actions.first());
    QVERIFY(action);
    QCOMPARE(action->what, m.text);
    QCOMPARE(action->owner, m.owner);
    QCOMPARE(action->due, m.due);
    QVERIFY(action->notes.contains(QStringLiteral("lead time −3 d")));
    document->undoStack()->undo();
    QVERIFY(FollowUps::of(*document, m.id).isEmpty());
}

void tst_Whys::outlineIsDrivenByKeys()
{
    auto document = newDocument();
    FiveWhysStore &store = *FiveWhysStore::of(*document);
    const EntityId analysis = seed(*document);
    FiveWhysEditor editor(document.get(), analysis);
    editor.resize(1200, 700);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    WhysOutlineView *outline = editor.outline();
    outline->setFocus();
    outline->selectCause(causeNamed(store, "A2"));
    // Enter: a sibling below A2, typed straight away.
    QTest::keyClick(outline, Qt::Key_Return);
    QTRY_VERIFY(outline->indexWidget(outline->currentIndex()) || outline->focusWidget());
    auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(line);
    QTest::keyClicks(line, QStringLiteral("A3"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(shape(store, analysis), QStringLiteral("A(A1, A2, A3), B"));
    const EntityId a3 = causeNamed(store, "A3");
    QCOMPARE(outline->currentCause(), a3);
    // Tab nests A3 under A2; Alt+Up is refused for a first child; Shift+Tab un-nests.
    outline->setFocus();
    QTest::keyClick(outline, Qt::Key_Tab);
    QCOMPARE(shape(store, analysis), QStringLiteral("A(A1, A2(A3)), B"));
    QCOMPARE(outline->currentCause(), a3);
    QTest::keyClick(outline, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(shape(store, analysis), QStringLiteral("A(A1, A2, A3), B"));
    QTest::keyClick(outline, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(shape(store, analysis), QStringLiteral("A(A1, A3, A2), B"));
    QTest::keyClick(outline, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(shape(store, analysis), QStringLiteral("A(A1, A2, A3), B"));
    // Root cause and evidence status through the outline's own functions (the menu's).
    outline->toggleRootCause();
    outline->cycleStatus();
    QVERIFY(store.cause(a3)->rootCause);
    QCOMPARE(store.cause(a3)->status, WhyCause::Status::Confirmed);
    // The guidance reads the new root cause's chain back.
    QTRY_VERIFY(!editor.guidance()
                     ->findItems(QStringLiteral("A3, therefore A, therefore"), Qt::MatchContains)
                     .isEmpty());
    // The diagram follows, and a click on a box selects its cause.
    QTRY_VERIFY(!editor.diagramView()->diagram().boxOf(a3).isEmpty());
    // Delete takes the cause; the next one is selected; undo brings it back.
    QTest::keyClick(outline, Qt::Key_Delete);
    QCOMPARE(shape(store, analysis), QStringLiteral("A(A1, A2), B"));
    document->undoStack()->undo();
    QCOMPARE(shape(store, analysis), QStringLiteral("A(A1, A2, A3), B"));
}

void tst_Whys::diagramBoxesNeverOverlap()
{
    // A tree of every shape: wide, deep, long texts; no two boxes meet, each cause below
    // its effect, and the problem above all.
    FiveWhysTree tree;
    EntityId next = 1;
    tree.analysis.id = next++;
    tree.analysis.problem = QStringLiteral("Latency over its SLO");
    QList<EntityId> parents {0};
    for (int i = 0; i < 120; ++i) {
        WhyCause c;
        c.id = next++;
        c.analysis = tree.analysis.id;
        c.parent = parents.at((i * 7) % parents.size());
        c.text = QString(QStringLiteral("word ")).repeated(1 + i % 13);
        c.rootCause = i % 5 == 0;
        tree.causes << c;
        parents << c.id;
    }
    QFont font;
    font.setPixelSize(12);
    const WhysDiagram diagram(tree, font);
    for (int i = 0; i < tree.causes.size(); ++i) {
        const WhyCause &c = tree.causes.at(i);
        const QRectF box = diagram.boxOf(c.id);
        QVERIFY(!box.isEmpty());
        QVERIFY(diagram.bounds().contains(box));
        const QRectF effect = c.parent ? diagram.boxOf(c.parent) : diagram.problemRect();
        QVERIFY2(box.top() > effect.bottom(), qPrintable(c.text));
        for (int j = i + 1; j < tree.causes.size(); ++j)
            QVERIFY2(!box.intersects(diagram.boxOf(tree.causes.at(j).id)),
                     qPrintable(QStringLiteral("%1 and %2").arg(i).arg(j)));
        QCOMPARE(diagram.itemAt(box.center()), c.id);
    }
    // Drawn, it is not blank.
    QImage image(diagram.bounds().size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(-diagram.bounds().topLeft());
    diagram.paint(painter);
    painter.end();
    QVERIFY(image.pixelColor(diagram.problemRect().center().toPoint()
                             - diagram.bounds().topLeft().toPoint())
            != QColor(Qt::white));
}

void tst_Whys::templatesStartAnalyses()
{
    EntityId next = 1;
    for (WhysTemplates::Template which : WhysTemplates::all()) {
        const FiveWhysTree tree = WhysTemplates::build(which, [&] { return next++; });
        QVERIFY(!tree.analysis.name.isEmpty());
        QCOMPARE(tree.causes.isEmpty(), which == WhysTemplates::Empty);
        // Every template reads back as a file would.
        QString error;
        QVERIFY2(FiveWhysJson::read(
                     FiveWhysJson::write(tree), [&] { return next++; }, &error),
                 qPrintable(error));
    }
}

void tst_Whys::badFilesAreRefusedAndWriteNothing()
{
    QTemporaryDir dir;
    auto document = newDocument();
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "takt-whys", "version": 1, "name": "X",
        "causes": [{"text": "A", "causes": [{"text": "B", "status": "maybe"}]}]})");
    file.close();
    QString error;
    QCOMPARE(ArtefactFiles::importFile(*document, path, &error), EntityId(0));
    QVERIFY2(error.contains(QStringLiteral("causes[0].causes[0]"))
                 && error.contains(QStringLiteral("\"status\"")),
             qPrintable(error));
    QVERIFY(FiveWhysStore::of(*document)->artefacts().isEmpty());
    QCOMPARE(document->undoStack()->count(), 0);
}

void tst_Whys::commandLineImportsExportsAndLists()
{
    QTemporaryDir dir;
    const QString doc = dir.filePath(QStringLiteral("w.takt"));
    const auto takt = [](const QStringList &args, QString *out = nullptr) {
        return TaktTest::runTakt(args, out);
    };
    const QString source = QStringLiteral(TAKT_RESOURCE_EXAMPLES "/retraining-whys.json");
    QCOMPARE(takt({QStringLiteral("import"), doc, source}), 0);
    QString out;
    QCOMPARE(takt({QStringLiteral("info"), doc}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("5 Whys"))
                 && out.contains("Retraining requests take 15 days"),
             qPrintable(out));
    // Written back as JSON, field for field; alone as a PDF, one landscape page.
    const QString json = dir.filePath(QStringLiteral("back.json"));
    const QString pdf = dir.filePath(QStringLiteral("alone.pdf"));
    const QString name = QStringLiteral("Retraining requests take 15 days");
    QCOMPARE(takt({QStringLiteral("export"), doc, QStringLiteral("--item"), name,
                   QStringLiteral("-o"), json}),
             0);
    QCOMPARE(QJsonDocument::fromJson(TaktTest::readAll(json)).object(),
             withDefaults(QJsonDocument::fromJson(TaktTest::readAll(source)).object()));
    QCOMPARE(takt({QStringLiteral("export"), doc, QStringLiteral("--item"), name,
                   QStringLiteral("-o"), pdf}),
             0);
    QString pages;
    QVERIFY2(TaktTest::isOnePageOf(pdf, QStringLiteral("842 x 595"), &pages),
             qPrintable(pages)); // A4 landscape
    // A bad file: exit 2, the cause and field named, the document untouched.
    const QByteArray before = TaktTest::digest(doc);
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "takt-whys", "version": 1, "name": "X", "causes": [{"text": ""}]})");
    file.close();
    QCOMPARE(takt({QStringLiteral("import"), doc, bad}, &out), 2);
    QVERIFY2(out.contains(QStringLiteral("causes[0], field \"text\"")), qPrintable(out));
    QCOMPARE(TaktTest::digest(doc), before);
}

void tst_Whys::askWhyOfAProblemOnAMap()
{
    // The example's current state: Labeling is over takt, a kaizen burst names the batch.
    QString error;
    auto document
        = Document::open(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), &error, Document::Access::ReadOnly);
    QVERIFY2(document, qPrintable(error));
    const MapStore &maps = *MapStore::of(*document);
    const ValueStreamMap *map = maps.mapByName(QStringLiteral("Model retraining - current state"));
    QVERIFY(map);
    const MapMetrics metrics = maps.metrics(*map);
    EntityId labeling = 0, burst = 0, supplier = 0;
    for (const MapElement &e : map->elements()) {
        if (e.name == QLatin1String("Labeling"))
            labeling = e.id;
        if (e.kind == ElementKind::KaizenBurst && !burst)
            burst = e.id;
        if (e.kind == ElementKind::Supplier)
            supplier = e.id;
    }
    QVERIFY(metrics.overTakt.contains(labeling));
    const auto overTakt = MapProblem::of(*map, metrics, labeling);
    QVERIFY(overTakt);
    QCOMPARE(overTakt->what, QStringLiteral("Labeling: cycle time 6 h over the takt time of 4 h"));
    QVERIFY2(overTakt->notes.contains(QStringLiteral("lead time 14.7 d")),
             qPrintable(overTakt->notes));
    QCOMPARE(MapProblem::of(*map, metrics, burst)->what, map->element(burst)->name.simplified());
    QVERIFY(!MapProblem::of(*map, metrics, supplier)); // a supplier shows no problem
    // Started: a 5 Whys with the figure as its problem, linked to the step; undone, gone.
    auto *command = new QUndoCommand(QStringLiteral("Ask why"));
    const EntityId analysis = FollowUps::add(*document, *overTakt, command);
    document->undoStack()->push(command);
    const FiveWhysStore &whys = *FiveWhysStore::of(*document);
    QVERIFY(whys.analysis(analysis));
    QVERIFY(whys.analysis(analysis)->problem.startsWith(overTakt->what));
    QCOMPARE(whys.explains(analysis), labeling);
    QVERIFY(FollowUps::of(*document, labeling).contains(analysis)); // beside its actions
    document->undoStack()->undo();
    QVERIFY(!whys.analysis(analysis));
    QVERIFY(!FollowUps::of(*document, labeling).contains(analysis));
}

void tst_Whys::evidenceRestsOnAMapFigure()
{
    auto document = TaktTest::documentWithExampleMap();
    FiveWhysStore &store = *FiveWhysStore::of(*document);
    const EntityId analysis = seed(*document);
    const EntityId cause = causeNamed(store, QStringLiteral("A"));
    const ValueStreamMap &map
        = *TaktTest::maps(*document).map(TaktTest::maps(*document).artefacts().first());
    EntityId labeling = 0;
    for (const MapElement &e : map.elements())
        if (e.name == QLatin1String("Labeling"))
            labeling = e.id;
    QVERIFY(labeling);
    // Chosen in the Properties from the figures the maps offer, with what they say now.
    FiveWhysPanel panel(document.get(), analysis);
    panel.setCause(cause);
    auto *figures = panel.findChild<QComboBox *>(QStringLiteral("evidence_figure"));
    QVERIFY(figures);
    int index = -1;
    for (int i = 0; i < figures->count(); ++i)
        if (figures->itemData(i).toStringList()
            == QStringList {QString::number(labeling), MapStore::CycleTimeFigure})
            index = i;
    QVERIFY(index > 0);
    QVERIFY2(figures->itemText(index).contains(QStringLiteral("Labeling")),
             qPrintable(figures->itemText(index)));
    figures->setCurrentIndex(index);
    Q_EMIT figures->activated(index);
    const auto figure = store.evidenceFigure(cause);
    QVERIFY(figure);
    QCOMPARE(figure->target, labeling);
    QCOMPARE(figure->value, std::optional<double>(6 * 3600)); // the map's 6 h
    // Written to the file by names and read back linked; a map that is not there leaves it
    // unlinked, never refused.
    const QByteArray json = FiveWhysJson::write(store.tree(analysis));
    QVERIFY2(json.contains("\"evidence_figure\""), json.constData());
    QString error;
    const auto tree = FiveWhysJson::read(
        json, [&] { return document->newId(); }, &error);
    QVERIFY2(tree, qPrintable(error));
    document->undoStack()->push(store.addAnalysis(*tree, QStringLiteral("Import")));
    QCOMPARE(FiveWhysJson::write(store.tree(tree->analysis.id)), json);
    auto empty = newDocument();
    const auto elsewhere = FiveWhysJson::read(
        json, [&] { return empty->newId(); }, &error);
    empty->undoStack()->push(
        FiveWhysStore::of(*empty)->addAnalysis(*elsewhere, QStringLiteral("Import")));
    QVERIFY(FiveWhysStore::of(*empty)->tree(elsewhere->analysis.id).evidenceFigures.isEmpty());
    // Undone, unlinked; the same figure again is no step at all.
    document->undoStack()->undo();
    QVERIFY(!store.linkEvidence(cause, labeling, MapStore::CycleTimeFigure));
    document->undoStack()->undo();
    QVERIFY(!store.evidenceFigure(cause));
    QCOMPARE(figures->currentIndex(), 0);
}

QTEST_MAIN(tst_Whys)
#include "tst_whys.moc"
