#include "a3/a3drawing.h"
#include "a3/a3editor.h"
#include "a3/a3json.h"
#include "a3/a3panel.h"
#include "a3/a3sectioneditor.h"
#include "a3/a3store.h"
#include "a3/a3templates.h"
#include "a3/pdca.h"
#include "document/artefactfiles.h"
#include "document/document.h"
#include "editor/diagramview.h"
#include "testsupport.h"
#include "whys/fivewhysjson.h"
#include "whys/fivewhysstore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUndoStack>

using namespace Takt;

/** The A3 as a kind of the document: edited, moved through PDCA and reopened by a missed
 *  check (its 5 Whys' root causes no longer confirmed), every step undone exactly and kept
 *  through save and reopen; the paper form with the live map and 5 Whys; its A3-landscape page
 *  alone and its page in the pack; the editor's sections and the templates. */
class tst_A3Sheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TaktTest::isolateAppData();
        QLocale::setDefault(QLocale::c()); // "2.5", whatever the machine's language
    }
    void editsUndoExactlyAfterSaveAndReopen();
    void missedCheckReopensTheAnalysis();
    void askWhyStartsALinkedFiveWhys();
    void sheetShowsTheMapAndAnalysisLive();
    void exportedAloneOnOneA3Page();
    void editorEditsSectionsAsRichText();
    void templatesStartInPlan();

private:
    /** Pushes @p command: false, and nothing pushed, when there is none. */
    static bool push(Document &document, QUndoCommand *command)
    {
        if (command)
            document.undoStack()->push(command);
        return command != nullptr;
    }
    /** The example map, the example 5 Whys and the example A3 (stage Do), undo stack empty. */
    static std::unique_ptr<Document> exampleDocument(EntityId *report);
    static QString exported(const Document &document, EntityId id);
};

std::unique_ptr<Document> tst_A3Sheet::exampleDocument(EntityId *report)
{
    QString error;
    auto document = Document::createNew(&error);
    if (!document)
        qFatal("%s", qPrintable(error));
    EntityId id = 0;
    for (const char *file :
         {"ml-retraining-current.json", "retraining-whys.json", "labeling-a3.json"}) {
        id = ArtefactFiles::importFile(
            *document, QStringLiteral(TAKT_RESOURCE_EXAMPLES "/") + QLatin1String(file), &error);
        if (!id)
            qFatal("%s: %s", file, qPrintable(error));
    }
    document->undoStack()->clear();
    *report = id;
    return document;
}

QString tst_A3Sheet::exported(const Document &document, EntityId id)
{
    return QString::fromUtf8(A3Json::write(A3Store::of(document)->sheet(id)));
}

void tst_A3Sheet::editsUndoExactlyAfterSaveAndReopen()
{
    EntityId id = 0;
    auto document = exampleDocument(&id);
    A3Store &store = *A3Store::of(*document);
    QCOMPARE(store.artefactName(id), QStringLiteral("Labeling backlog"));
    QCOMPARE(store.report(id)->stage, A3Report::Stage::Do);
    QCOMPARE(store.historyOf(id).size(), 2);
    // The navigator: the stage in words beside the quarter-filled circle.
    QVERIFY2(store.outlineData(id, ArtefactStore::StatusRole).toString().startsWith("Do, "),
             qPrintable(store.outlineData(id, ArtefactStore::StatusRole).toString()));
    QVERIFY(!store.outlineData(id, Qt::DecorationRole).value<QIcon>().isNull());

    const QString before = exported(*document, id);
    QUndoStack &undo = *document->undoStack();
    QVERIFY(push(*document,
                 store.setField(id, A3Report::Field::Owner, QStringLiteral("Amara Okafor"))));
    QVERIFY(!store.setField(id, A3Report::Field::Owner, QStringLiteral("Amara Okafor"))); // no step
    QVERIFY(push(*document, store.setField(id, A3Report::Field::Target, 0.5)));
    QVERIFY(push(*document,
                 store.moveStage(id, A3Report::Stage::Check, QDate(2027, 1, 31), QString(), 0.8)));
    QCOMPARE(store.report(id)->stage, A3Report::Stage::Check);
    QCOMPARE(store.report(id)->result, std::optional<double>(0.8));
    QCOMPARE(store.historyOf(id).last().on, QDate(2027, 1, 31));
    // Not a stage PDCA goes to: refused, nothing pushed.
    QVERIFY(!store.moveStage(id, A3Report::Stage::Done, QDate(2027, 2, 1)));
    const QString after = exported(*document, id);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a3.takt"));
    QString error;
    QVERIFY2(document->save(path, &error), qPrintable(error));
    undo.undo();
    undo.undo();
    undo.undo();
    QCOMPARE(exported(*document, id), before);
    QVERIFY2(document->save(path, &error), qPrintable(error));
    const QString copy = dir.filePath(QStringLiteral("copy.takt")); // this one stays open
    QVERIFY(QFile::copy(path, copy));
    auto reopened = Document::open(copy, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(exported(*reopened, id), before);
    undo.redo();
    undo.redo();
    undo.redo();
    QCOMPARE(exported(*document, id), after);
    // Deleted with its history; undo brings both back.
    QVERIFY(push(*document, store.removeReport(id)));
    QVERIFY(!store.report(id) && store.historyOf(id).isEmpty());
    undo.undo();
    QCOMPARE(exported(*document, id), after);
}

void tst_A3Sheet::missedCheckReopensTheAnalysis()
{
    EntityId id = 0;
    auto document = exampleDocument(&id);
    A3Store &store = *A3Store::of(*document);
    const FiveWhysStore &whys = *FiveWhysStore::of(*document);
    const EntityId analysis = store.analysisOf(id);
    QCOMPARE(whys.artefactName(analysis), QStringLiteral("Retraining requests take 15 days"));
    QCOMPARE(store.mapOf(id), TaktTest::maps(*document).artefacts().first());
    const auto confirmed = [&] {
        int n = 0;
        for (const RootCause &root : store.rootCausesOf(id))
            n += root.confirmed;
        return n;
    };
    QCOMPARE(store.rootCausesOf(id).size(), 2);
    QCOMPARE(confirmed(), 2);
    QVERIFY(!store.rootCausesOf(id).first().countermeasures.isEmpty());

    // Labeling wait 4 d, target 1 d: 2.5 d measured at Check misses it (lower is better).
    QUndoStack &undo = *document->undoStack();
    QVERIFY(!store.reopen(id, QDate(2027, 2, 1))); // in Do: nothing checked yet
    QVERIFY(push(*document,
                 store.moveStage(id, A3Report::Stage::Check, QDate(2027, 1, 31), QString(), 2.5)));
    QCOMPARE(Pdca::targetMet(*store.report(id)), std::optional<bool>(false));
    const QString checked = exported(*document, id);
    const QByteArray whysChecked = FiveWhysJson::write(whys.tree(analysis));
    QVERIFY(push(*document, store.reopen(id, QDate(2027, 2, 1))));
    QCOMPARE(store.report(id)->stage, A3Report::Stage::Plan);
    const PdcaStep last = store.historyOf(id).last();
    QCOMPARE(last.stage, A3Report::Stage::Plan);
    QCOMPARE(last.note,
             QStringLiteral("Reopened: labeling wait (d) measured 2.5 against the target 1"));
    QCOMPARE(last.on, QDate(2027, 2, 1));
    QCOMPARE(confirmed(), 0);
    for (const RootCause &root : store.rootCausesOf(id))
        QVERIFY2(
            whys.cause(root.id)->evidence.contains(QStringLiteral("Not confirmed by the result"))
                && whys.cause(root.id)->statusOn == QDate(2027, 2, 1),
            qPrintable(whys.cause(root.id)->evidence));
    // One undo step puts the stage, the history and both root causes back.
    undo.undo();
    QCOMPARE(confirmed(), 2);
    QCOMPARE(exported(*document, id), checked);
    QCOMPARE(FiveWhysJson::write(whys.tree(analysis)), whysChecked); // evidence and dates too
    // A met target is no reason to reopen; from Check the A3 goes on to Act, and from Act to
    // Done or another turn from Plan.
    undo.undo();
    QVERIFY(push(*document,
                 store.moveStage(id, A3Report::Stage::Check, QDate(2027, 1, 31), QString(), 0.7)));
    QCOMPARE(Pdca::targetMet(*store.report(id)), std::optional<bool>(true));
    QVERIFY(!store.reopen(id, QDate(2027, 2, 1)));
    QVERIFY(push(*document, store.moveStage(id, A3Report::Stage::Act, QDate(2027, 2, 1))));
    QVERIFY(!store.reopen(id, QDate(2027, 2, 2)));
    QVERIFY(push(*document, store.moveStage(id, A3Report::Stage::Plan, QDate(2027, 2, 2))));
    QCOMPARE(confirmed(), 2); // another turn doubts nothing
}

void tst_A3Sheet::askWhyStartsALinkedFiveWhys()
{
    QString error;
    auto document = Document::createNew(&error);
    QVERIFY(document);
    A3Store &store = *A3Store::of(*document);
    const A3Sheet sheet = A3Templates::build(A3Templates::SlowRetraining, QDate(2026, 12, 3),
                                             [&] { return document->newId(); });
    QVERIFY(push(*document, store.addReport(sheet, QStringLiteral("New"))));
    const EntityId id = sheet.report.id;
    QCOMPARE(store.analysisOf(id), EntityId(0));
    EntityId analysis = 0;
    QVERIFY(push(*document, store.askWhy(id, &analysis)));
    QVERIFY(analysis);
    const FiveWhysStore &whys = *FiveWhysStore::of(*document);
    QCOMPARE(whys.artefactName(analysis), QStringLiteral("Retraining in days, not weeks"));
    QCOMPARE(whys.explains(analysis), id);
    // The A3 shows the analysis asked from it, by its name as it reads now, until another is
    // chosen; choosing none shows none.
    QCOMPARE(store.analysisOf(id), analysis);
    QCOMPARE(store.shownName(id, A3Report::Field::Whys), whys.artefactName(analysis));
    QVERIFY(push(*document, store.setField(id, A3Report::Field::Whys, QString())));
    QCOMPARE(store.analysisOf(id), EntityId(0));
    document->undoStack()->undo();
    QCOMPARE(store.analysisOf(id), analysis);
    document->undoStack()->undo();
    QVERIFY(!whys.analysis(analysis));
    QCOMPARE(store.analysisOf(id), EntityId(0));
}

void tst_A3Sheet::sheetShowsTheMapAndAnalysisLive()
{
    EntityId id = 0;
    auto document = exampleDocument(&id);
    A3Drawing::Content content = A3Drawing::contentOf(*document, id);
    QVERIFY(content.map && content.analysis);
    QCOMPARE(content.map->title, QStringLiteral("Model retraining - current state"));
    QCOMPARE(content.analysis->title, QStringLiteral("Retraining requests take 15 days"));
    QVERIFY(!content.map->figures.isEmpty());
    // A3 landscape in points; seven boxes inside it that never overlap, the plan on the left.
    const QRectF sheet = A3Drawing::sheetRect();
    QCOMPARE(qRound(sheet.width()), 1191);
    QCOMPARE(qRound(sheet.height()), 842);
    const QList<QRectF> boxes = A3Drawing::sectionBoxes();
    QCOMPARE(boxes.size(), 7);
    for (int i = 0; i < boxes.size(); ++i) {
        QVERIFY(sheet.contains(boxes.at(i)));
        QCOMPARE(boxes.at(i).center().x() < sheet.center().x(), i < 4);
        for (int j = i + 1; j < boxes.size(); ++j)
            QVERIFY(!boxes.at(i).intersects(boxes.at(j)));
        QCOMPARE(A3Drawing::sectionAt(boxes.at(i).center()), i);
    }
    // Painted: the embedded map leaves ink in the current condition's box.
    const A3Drawing drawing(content, Diagram::paperFont());
    QImage image(sheet.size().toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    drawing.paint(painter);
    painter.end();
    const QRect lower = boxes.at(1).adjusted(2, boxes.at(1).height() * 0.45, -2, -20).toRect();
    int ink = 0;
    for (int y = lower.top(); y < lower.bottom(); ++y)
        for (int x = lower.left(); x < lower.right(); ++x)
            ink += qGray(image.pixel(x, y)) < 240;
    QVERIFY2(ink > 2000, qPrintable(QString::number(ink)));
    // The map renamed: the A3 follows it, on the sheet and in its file.
    const EntityId map = A3Store::of(*document)->mapOf(id);
    document->undoStack()->push(
        TaktTest::changeMap(document.get(), map, ValueStreamMap::Field::Name, "Retraining today"));
    QCOMPARE(A3Store::of(*document)->mapOf(id), map);
    QCOMPARE(A3Drawing::contentOf(*document, id).map->title, QStringLiteral("Retraining today"));
    QVERIFY(exported(*document, id).contains(QStringLiteral("\"map\": \"Retraining today\"")));
    // Live: a root cause ruled out shows on the sheet's next drawing as not confirmed.
    FiveWhysStore &whys = *FiveWhysStore::of(*document);
    const EntityId root = content.rootCauses.first().id;
    document->undoStack()->push(whys.setStatus(root, WhyCause::Status::RuledOut, QDate()));
    QVERIFY(!A3Drawing::contentOf(*document, id).rootCauses.first().confirmed);
}

void tst_A3Sheet::exportedAloneOnOneA3Page()
{
    EntityId id = 0;
    auto document = exampleDocument(&id);
    QTemporaryDir dir;
    const QString doc = dir.filePath(QStringLiteral("a3.takt"));
    QString error;
    QVERIFY2(document->save(doc, &error), qPrintable(error));
    const QString pdf = dir.filePath(QStringLiteral("a3.pdf"));
    QString out;
    QCOMPARE(TaktTest::runTakt({QStringLiteral("export"), doc, QStringLiteral("--item"),
                                QStringLiteral("Labeling backlog"), QStringLiteral("-o"), pdf},
                               &out),
             0);
    QString pages;
    QVERIFY2(TaktTest::isOnePageOf(pdf, QStringLiteral("1191 x 842"), &pages),
             qPrintable(pages)); // 420 × 297 mm
    const QString text = TaktTest::pdfText(pdf).simplified();
    for (const char *expected :
         {"Cut the labeling wait from 4 days to under 1 day", "5 Countermeasures",
          "Root cause (confirmed)", "Shown live: Model retraining - current state",
          "labeling wait (d): from 4 to 1 by 2027-01-31", "PDCA: Plan 2026-11-24 → Do 2026-11-25"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    // In the pack, the sheet is scaled onto a landscape page of the pack's paper.
    const QString pack = dir.filePath(QStringLiteral("pack.pdf"));
    QCOMPARE(TaktTest::runTakt({QStringLiteral("export"), doc, QStringLiteral("--sections"),
                                QStringLiteral("a3"), QStringLiteral("-o"), pack}),
             0);
    const QString packText = TaktTest::pdfText(pack).simplified();
    QVERIFY2(packText.contains(QStringLiteral("Cut the labeling wait")), qPrintable(packText));
    QVERIFY(packText.contains(QStringLiteral("Session pack")));
    // The JSON round trip keeps every field.
    const QString json = dir.filePath(QStringLiteral("a3.json"));
    QCOMPARE(TaktTest::runTakt({QStringLiteral("export"), doc, QStringLiteral("--item"),
                                QStringLiteral("Labeling backlog"), QStringLiteral("-o"), json}),
             0);
    QCOMPARE(QString::fromUtf8(TaktTest::readAll(json)), exported(*document, id));
}

void tst_A3Sheet::editorEditsSectionsAsRichText()
{
    EntityId id = 0;
    auto document = exampleDocument(&id);
    A3Store &store = *A3Store::of(*document);
    A3Editor editor(document.get(), id);
    editor.resize(1200, 700);
    editor.show();
    QApplication::setActiveWindow(&editor); // the shortcuts of the window that has the focus
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    A3SectionEditor &sections = *editor.sectionEditor();
    QCOMPARE(sections.section(), 0);
    // A click on the sheet's goal box edits the goal.
    Q_EMIT editor.sheetView()->clicked(A3Drawing::sectionBoxes().at(2).center());
    QCOMPARE(sections.section(), 2);
    QVERIFY(sections.textEdit()->toPlainText().startsWith(QStringLiteral("Labeling wait under")));
    // Typed in bold: kept as Markdown, one undo step.
    QTextEdit &edit = *sections.textEdit();
    edit.setFocus();
    edit.moveCursor(QTextCursor::End);
    QTest::keyClicks(&edit, " ");
    QTest::keyClick(&edit, Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(&edit, "Now");
    QTRY_VERIFY2(
        store.report(id)->goal.endsWith(QStringLiteral("rework than today (8 %). **Now**")),
        qPrintable(store.report(id)->goal));
    document->undoStack()->undo();
    QCOMPARE(store.report(id)->goal,
             QStringLiteral("Labeling wait under 1 day by 31 January, without more rework than "
                            "today (8 %)."));
    QCOMPARE(edit.toPlainText(), store.report(id)->goal);
    // What the sheet shows is chosen from the workshop's drawings.
    QComboBox &maps = *editor.panel()->mapChoice();
    QCOMPARE(maps.currentData().toLongLong(), store.mapOf(id));
    QVERIFY(maps.currentText().startsWith(QStringLiteral("Model retraining - current state")));
    maps.setCurrentIndex(0);
    Q_EMIT maps.activated(0);
    QCOMPARE(store.report(id)->map, QString());
    QCOMPARE(store.mapOf(id), EntityId(0));
}

void tst_A3Sheet::templatesStartInPlan()
{
    EntityId next = 1;
    for (A3Templates::Template which : A3Templates::all()) {
        const A3Sheet sheet = A3Templates::build(which, QDate(2026, 12, 3), [&] { return next++; });
        QVERIFY(!sheet.report.name.isEmpty());
        QCOMPARE(sheet.report.stage, A3Report::Stage::Plan);
        QCOMPARE(sheet.history.size(), 1);
        QCOMPARE(sheet.history.first().on, QDate(2026, 12, 3));
        QCOMPARE(sheet.report.currentCondition.isEmpty(), which == A3Templates::Empty);
        QCOMPARE(sheet.report.figure.isEmpty(), which == A3Templates::Empty);
        // Each survives its own file format.
        QString error;
        QVERIFY2(A3Json::read(
                     A3Json::write(sheet), [&] { return next++; }, &error),
                 qPrintable(error));
    }
}

QTEST_MAIN(tst_A3Sheet)
#include "tst_a3sheet.moc"
