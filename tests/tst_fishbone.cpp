#include "document/artefactfiles.h"
#include "document/document.h"
#include "editor/diagramview.h"
#include "fishbone/fishbonedrawing.h"
#include "fishbone/fishboneeditor.h"
#include "fishbone/fishbonejson.h"
#include "fishbone/fishbonemodel.h"
#include "fishbone/fishboneoutlineview.h"
#include "fishbone/fishbonestore.h"
#include "fishbone/fishbonetemplates.h"
#include "testsupport.h"
#include "whys/fivewhysstore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

/** The fishbone as a room builds it: bones and causes added, nested, moved across bones,
 *  marked likely, deleted, every step undone exactly and kept through save and reopen; a cause
 *  asked why of in a linked 5 Whys; the outline driven by keys; the drawing without overlaps;
 *  the example read, written and exported alone. */
class tst_Fishbone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TaktTest::isolateAppData(); }
    void editsAndUndoRestoreTheExactDiagram();
    void savedReopenedAndExportedAlike();
    void askWhyStartsALinkedFiveWhys();
    void outlineIsDrivenByKeys();
    void drawingTextNeverOverlaps();
    void diagramSavesAsImages();
    void wideDiagramOpensOnItsHead();
    void templatesStartDiagrams();
    void commandLineImportsExportsAndRefuses();

private:
    static std::unique_ptr<Document> newDocument();
    /** "Precision dropped" with bones Data (Drift (Vendor), Late labels) and Model (Threshold). */
    static EntityId seed(Document &document);
    static EntityId named(const FishboneStore &store, const QString &text);
    /** "Bone[cause(sub), …]; …": what the outline shows. */
    static QString shape(const FishboneStore &store, EntityId diagram);
    static QString causes(const FishboneStore &store, EntityId parent);
};

std::unique_ptr<Document> tst_Fishbone::newDocument()
{
    QString error;
    auto document = Document::createNew(&error);
    if (!document)
        qFatal("%s", qPrintable(error));
    return document;
}

EntityId tst_Fishbone::seed(Document &document)
{
    const QByteArray json = R"({"format": "takt-fishbone", "version": 1,
        "name": "Precision dropped", "effect": "Precision fell from 0.91 to 0.78",
        "categories": [
            {"name": "Data", "causes": [{"text": "Drift", "causes": [{"text": "Vendor"}]},
                                        {"text": "Late labels"}]},
            {"name": "Model", "causes": [{"text": "Threshold"}]}]})";
    QString error;
    const auto tree = FishboneJson::read(
        json, [&] { return document.newId(); }, &error);
    if (!tree)
        qFatal("%s", qPrintable(error));
    document.undoStack()->push(FishboneStore::of(document)->addDiagram(*tree, "Add"));
    return tree->diagram.id;
}

EntityId tst_Fishbone::named(const FishboneStore &store, const QString &text)
{
    for (const FishboneCause &c : store.causes().items())
        if (c.text == text)
            return c.id;
    for (EntityId diagram : store.artefacts())
        for (EntityId bone : store.categoriesOf(diagram))
            if (store.category(bone)->name == text)
                return bone;
    return 0;
}

QString tst_Fishbone::causes(const FishboneStore &store, EntityId parent)
{
    QStringList parts;
    for (EntityId id : store.childrenOf(parent)) {
        const QString below = causes(store, id);
        parts << store.cause(id)->text + (below.isEmpty() ? QString() : '(' + below + ')');
    }
    return parts.join(QStringLiteral(", "));
}

QString tst_Fishbone::shape(const FishboneStore &store, EntityId diagram)
{
    QStringList bones;
    for (EntityId bone : store.categoriesOf(diagram))
        bones << store.category(bone)->name + '[' + causes(store, bone) + ']';
    return bones.join(QStringLiteral("; "));
}

void tst_Fishbone::editsAndUndoRestoreTheExactDiagram()
{
    auto document = newDocument();
    FishboneStore &store = *FishboneStore::of(*document);
    const EntityId diagram = seed(*document);
    FishboneModel model(document.get(), diagram);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(shape(store, diagram),
             QStringLiteral("Data[Drift(Vendor), Late labels]; Model[Threshold]"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.indexOf(named(store, "Data"))), 2);
    const QByteArray before = FishboneJson::write(store.tree(diagram));
    QUndoStack &undo = *document->undoStack();
    const int base = undo.index();

    // A new bone, a cause on it, Late labels nested under Drift and then moved to Model.
    FishboneCategory people;
    people.id = document->newId();
    people.diagram = diagram;
    people.name = QStringLiteral("People");
    undo.push(store.addCategory(people, 1));
    FishboneCause owner;
    owner.id = document->newId();
    owner.diagram = diagram;
    owner.parent = people.id;
    owner.text = QStringLiteral("Owner away");
    undo.push(store.addCause(owner));
    QCOMPARE(
        shape(store, diagram),
        QStringLiteral("Data[Drift(Vendor), Late labels]; People[Owner away]; Model[Threshold]"));
    const EntityId late = named(store, "Late labels");
    undo.push(store.indentCause(late));
    QCOMPARE(causes(store, named(store, "Data")), QStringLiteral("Drift(Vendor, Late labels)"));
    QVERIFY(!store.indentCause(named(store, "Drift"))); // a first cause has none above
    QVERIFY(!store.outdentCause(named(store, "Drift"))); // on the bone: no higher
    undo.push(store.outdentCause(late));
    // Across bones, with what is below it: Drift and Vendor go to Model, first.
    undo.push(store.moveCause(named(store, "Drift"), named(store, "Model"), 0));
    QCOMPARE(
        shape(store, diagram),
        QStringLiteral("Data[Late labels]; People[Owner away]; Model[Drift(Vendor), Threshold]"));
    QVERIFY(!store.moveCause(named(store, "Drift"), named(store, "Vendor"), 0)); // below itself
    undo.push(store.moveCategoryBy(named(store, "Model"), -1));
    QVERIFY(!store.moveCategoryBy(named(store, "Data"), -1));
    undo.push(store.setLikely(named(store, "Threshold"), true));
    QVERIFY(store.cause(named(store, "Threshold"))->likely);
    QCOMPARE(
        shape(store, diagram),
        QStringLiteral("Data[Late labels]; Model[Drift(Vendor), Threshold]; People[Owner away]"));
    // Deleting a bone takes its causes; deleting a cause its sub-causes.
    undo.push(store.removeCause(named(store, "Drift")));
    QVERIFY(!named(store, "Vendor"));
    undo.push(store.removeCategory(named(store, "Data")));
    QCOMPARE(shape(store, diagram), QStringLiteral("Model[Threshold]; People[Owner away]"));
    QVERIFY(!named(store, "Late labels"));
    const QByteArray after = FishboneJson::write(store.tree(diagram));

    // Every step undone: the very diagram it was; every step redone: the very one it became.
    undo.setIndex(base);
    QCOMPARE(FishboneJson::write(store.tree(diagram)), before);
    undo.setIndex(undo.count());
    QCOMPARE(FishboneJson::write(store.tree(diagram)), after);
    // A rename through the model is one step; an empty name is refused.
    const QModelIndex model0 = model.indexOf(named(store, "Model"));
    QVERIFY(model.setData(model0, QStringLiteral("Algorithm")));
    QVERIFY(!model.setData(model0, QStringLiteral("  ")));
    QCOMPARE(model.data(model0).toString(), QStringLiteral("Algorithm"));
    QVERIFY(model.setData(model.indexOf(named(store, "Threshold"), FishboneModel::LikelyColumn),
                          Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!store.cause(named(store, "Threshold"))->likely);
    undo.undo();
    undo.undo();
    QCOMPARE(FishboneJson::write(store.tree(diagram)), after);
    // The whole diagram deleted and back.
    undo.push(store.removeDiagram(diagram));
    QVERIFY(store.artefacts().isEmpty());
    QCOMPARE(store.causes().count(), 0);
    undo.undo();
    QCOMPARE(FishboneJson::write(store.tree(diagram)), after);
}

void tst_Fishbone::savedReopenedAndExportedAlike()
{
    QTemporaryDir dir;
    const QString source = QStringLiteral(TAKT_RESOURCE_EXAMPLES "/fraud-fishbone.json");
    auto document = newDocument();
    QString error;
    const EntityId id = ArtefactFiles::importFile(*document, source, &error);
    QVERIFY2(id, qPrintable(error));
    FishboneStore &store = *FishboneStore::of(*document);
    QCOMPARE(store.artefactName(id), QStringLiteral("Fraud model precision dropped"));
    QCOMPARE(store.categoriesOf(id).size(), 6);
    QCOMPARE(store.causes().count(), 15);
    // A round trip keeps every field: the file and the export say the same.
    const QByteArray exported = ArtefactFiles::exportJson(*document, id, nullptr, &error);
    const auto reread = FishboneJson::read(
        TaktTest::readAll(source), [&] { return document->newId(); }, &error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(exported, FishboneJson::write(*reread));

    // An edit, saved; undone after the save, saved again: the reopened file has the undone
    // state.
    document->undoStack()->push(
        store.removeCause(named(store, "Released without a shadow period")));
    const QString path = dir.filePath(QStringLiteral("fishbone.takt"));
    QVERIFY2(document->save(path, &error), qPrintable(error));
    document->undoStack()->undo();
    QVERIFY2(document->save(path, &error), qPrintable(error));
    document.reset();
    auto reopened = Document::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    const FishboneStore &kept = *FishboneStore::of(*reopened);
    QCOMPARE(kept.artefacts().size(), 1);
    QCOMPARE(FishboneJson::write(kept.tree(kept.artefacts().first())), exported);
}

void tst_Fishbone::askWhyStartsALinkedFiveWhys()
{
    auto document = newDocument();
    FishboneStore &store = *FishboneStore::of(*document);
    const FiveWhysStore &whys = *FiveWhysStore::of(*document);
    const EntityId diagram = seed(*document);
    const EntityId drift = named(store, "Drift");
    EntityId analysis = 0;
    document->undoStack()->push(store.askWhy(drift, &analysis));
    QVERIFY(analysis);
    QCOMPARE(whys.artefactName(analysis), QStringLiteral("Drift"));
    QVERIFY2(whys.analysis(analysis)->problem.contains(QStringLiteral("Precision fell")),
             qPrintable(whys.analysis(analysis)->problem));
    QCOMPARE(whys.explains(analysis), drift);
    // The fishbone shows it under the cause, in the outline and the drawing.
    QCOMPARE(store.tree(diagram).whys.value(drift), QStringLiteral("Drift"));
    FishboneModel model(document.get(), diagram);
    QCOMPARE(model.data(model.indexOf(drift, FishboneModel::WhysColumn)).toString(),
             QStringLiteral("Drift"));
    // A second one is told apart by name.
    EntityId second = 0;
    document->undoStack()->push(store.askWhy(drift, &second));
    QCOMPARE(whys.artefactName(second), QStringLiteral("Drift (2)"));
    document->undoStack()->undo();
    // Deleting the cause removes the link, not the 5 Whys; undo brings the link back.
    document->undoStack()->push(store.removeCause(drift));
    QVERIFY(whys.analysis(analysis));
    QCOMPARE(whys.explains(analysis), EntityId(0));
    document->undoStack()->undo();
    QCOMPARE(whys.explains(analysis), drift);
    document->undoStack()->undo();
    QVERIFY(!whys.analysis(analysis));
    QVERIFY(store.tree(diagram).whys.isEmpty());
}

void tst_Fishbone::outlineIsDrivenByKeys()
{
    auto document = newDocument();
    FishboneStore &store = *FishboneStore::of(*document);
    const EntityId diagram = seed(*document);
    FishboneEditor editor(document.get(), diagram);
    QAbstractItemModelTester tester(editor.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    editor.resize(1200, 700);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    FishboneOutlineView *outline = editor.outline();
    outline->setFocus();
    outline->selectItem(named(store, "Late labels"));
    // Enter: a sibling cause below, typed straight away.
    QTest::keyClick(outline, Qt::Key_Return);
    auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("Stale features"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(causes(store, named(store, "Data")),
                 QStringLiteral("Drift(Vendor), Late labels, Stale features"));
    const EntityId stale = named(store, "Stale features");
    QCOMPARE(outline->currentItem(), stale);
    outline->setFocus();
    // Tab nests under Late labels; Shift+Tab un-nests; Alt+Up moves it up.
    QTest::keyClick(outline, Qt::Key_Tab);
    QCOMPARE(causes(store, named(store, "Data")),
             QStringLiteral("Drift(Vendor), Late labels(Stale features)"));
    QTest::keyClick(outline, Qt::Key_Backtab, Qt::ShiftModifier);
    QTest::keyClick(outline, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(causes(store, named(store, "Data")),
             QStringLiteral("Drift(Vendor), Stale features, Late labels"));
    outline->toggleLikely();
    QVERIFY(store.cause(stale)->likely);
    // The drawing follows; Delete takes the cause and undo brings it back.
    QTRY_VERIFY(!editor.diagramView()->diagram().boxOf(stale).isEmpty());
    QTest::keyClick(outline, Qt::Key_Delete);
    QVERIFY(!named(store, "Stale features"));
    document->undoStack()->undo();
    QCOMPARE(named(store, "Stale features"), stale);
    // On a bone, Enter adds a bone after it and Alt+Down moves a bone.
    outline->selectItem(named(store, "Data"));
    QTest::keyClick(outline, Qt::Key_Return);
    line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("Process"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(named(store, "Process"));
    outline->setFocus();
    QCOMPARE(store.categoriesOf(diagram).indexOf(named(store, "Process")), 1);
    QTest::keyClick(outline, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(store.categoriesOf(diagram).indexOf(named(store, "Process")), 2);
}

void tst_Fishbone::drawingTextNeverOverlaps()
{
    // Bones of every shape (empty, one cause, many, deep, long words): no two causes' words
    // meet, no words cross a bone, and the head is right of everything.
    FishboneTree tree;
    EntityId next = 1;
    tree.diagram.id = next++;
    tree.diagram.name = QStringLiteral("Effect");
    tree.diagram.effect = QStringLiteral("Precision dropped after the deployment of v4.2");
    const QString words = QStringLiteral("a cause with a rather long wording that wraps ");
    for (int b = 0; b < 7; ++b) {
        FishboneCategory bone;
        bone.id = next++;
        bone.diagram = tree.diagram.id;
        bone.name = QStringLiteral("Bone %1").arg(b);
        tree.categories << bone;
        EntityId parent = bone.id;
        for (int i = 0; i < b * 3; ++i) {
            FishboneCause c;
            c.id = next++;
            c.diagram = tree.diagram.id;
            c.parent = (i % 3 == 2) ? parent : bone.id;
            c.text = words.left(10 + (i * 17) % words.size()) + QString::number(i);
            c.likely = i % 4 == 0;
            tree.causes << c;
            parent = c.id;
        }
    }
    QFont font;
    font.setPixelSize(12);
    const FishboneDrawing drawing(tree, font);
    QList<QRectF> boxes;
    for (const FishboneCause &c : tree.causes) {
        const QRectF box = drawing.boxOf(c.id);
        QVERIFY(!box.isEmpty());
        QVERIFY(drawing.bounds().contains(box));
        QVERIFY2(box.right() < drawing.headRect().left(), qPrintable(c.text));
        for (const QRectF &other : std::as_const(boxes))
            QVERIFY2(!box.intersects(other), qPrintable(c.text));
        boxes << box;
        QCOMPARE(drawing.itemAt(box.center()), c.id);
    }
    for (const FishboneCategory &bone : tree.categories)
        for (const QRectF &box : std::as_const(boxes))
            QVERIFY(!drawing.boxOf(bone.id).intersects(box));
}

void tst_Fishbone::diagramSavesAsImages()
{
    QTemporaryDir dir;
    auto document = newDocument();
    const EntityId diagram = seed(*document);
    FishboneEditor editor(document.get(), diagram);
    const DiagramView *view = editor.diagramView();
    QString error;
    const QString png = dir.filePath(QStringLiteral("f.png"));
    QVERIFY2(view->saveImage(png, QStringLiteral("F"), &error), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.size(), (view->diagram().bounds().size() * 2 * 12 / 16).toSize());
    for (const char *name : {"f.svg", "f.pdf"}) {
        const QString path = dir.filePath(QLatin1String(name));
        QVERIFY2(view->saveImage(path, QStringLiteral("F"), &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 500);
    }
    QVERIFY(!view->saveImage(QStringLiteral("/nonexistent-folder/f.png"), {}, &error));
    QVERIFY2(error.contains(QStringLiteral("nonexistent-folder")), qPrintable(error));
}

void tst_Fishbone::wideDiagramOpensOnItsHead()
{
    auto document = newDocument();
    QString error;
    const EntityId id = ArtefactFiles::importFile(
        *document, QStringLiteral(TAKT_RESOURCE_EXAMPLES "/fraud-fishbone.json"), &error);
    QVERIFY2(id, qPrintable(error));
    FishboneEditor editor(document.get(), id);
    editor.resize(700, 500); // a laptop's share of the window: too narrow to read it whole
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    DiagramView &view = *editor.diagramView();
    QScrollBar &across = *view.horizontalScrollBar();
    QTRY_VERIFY(across.maximum() > 0);
    QCOMPARE(view.zoom(), 0.6); // the smallest that reads
    QCOMPARE(across.value(), across.maximum()); // the effect, at the head on the right
    // Once the user has zoomed, a resize leaves the zoom alone.
    view.setZoom(0.8);
    editor.resize(900, 500);
    QCOMPARE(view.zoom(), 0.8);
}

void tst_Fishbone::templatesStartDiagrams()
{
    EntityId next = 1;
    const auto ids = [&] { return next++; };
    for (FishboneTemplates::Template which : FishboneTemplates::all()) {
        const FishboneTree tree = FishboneTemplates::build(which, ids);
        QCOMPARE(tree.categories.size(), 6);
        QVERIFY(!tree.diagram.name.isEmpty());
        const bool empty = which == FishboneTemplates::EmptySixM
            || which == FishboneTemplates::EmptyAiOperations;
        QCOMPARE(tree.causes.isEmpty(), empty);
        for (const FishboneCause &c : tree.causes)
            QVERIFY(tree.categoryOf(c.id));
        // What a template writes, the reader takes back.
        QString error;
        QVERIFY2(FishboneJson::read(FishboneJson::write(tree), ids, &error), qPrintable(error));
    }
    QCOMPARE(FishboneTemplates::build(FishboneTemplates::EmptySixM, ids).categories.first().name,
             QStringLiteral("Methods"));
    QCOMPARE(
        FishboneTemplates::build(FishboneTemplates::LatencyOverSlo, ids).categories.last().name,
        QStringLiteral("Monitoring"));
}

void tst_Fishbone::commandLineImportsExportsAndRefuses()
{
    QTemporaryDir dir;
    const QString doc = dir.filePath(QStringLiteral("f.takt"));
    const auto takt = [](const QStringList &args, QString *out = nullptr) {
        return TaktTest::runTakt(args, out);
    };
    const QString source = QStringLiteral(TAKT_RESOURCE_EXAMPLES "/fraud-fishbone.json");
    QCOMPARE(takt({QStringLiteral("import"), doc, source}), 0);
    QString out;
    QCOMPARE(takt({QStringLiteral("info"), doc}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("Fishbones")) && out.contains("Fraud model precision"),
             qPrintable(out));
    const QString name = QStringLiteral("Fraud model precision dropped");
    const QString json = dir.filePath(QStringLiteral("back.json"));
    QCOMPARE(takt({QStringLiteral("export"), doc, QStringLiteral("--item"), name,
                   QStringLiteral("-o"), json}),
             0);
    QString error;
    EntityId next = 1;
    const auto ids = [&] { return next++; };
    QCOMPARE(TaktTest::readAll(json),
             FishboneJson::write(*FishboneJson::read(TaktTest::readAll(source), ids, &error)));
    // Alone as a PDF: one landscape page of the pack's paper, with the causes' words.
    const QString pdf = dir.filePath(QStringLiteral("alone.pdf"));
    QCOMPARE(takt({QStringLiteral("export"), doc, QStringLiteral("--item"), name,
                   QStringLiteral("-o"), pdf}),
             0);
    QString pages;
    QVERIFY2(TaktTest::isOnePageOf(pdf, QStringLiteral("842 x 595"), &pages), qPrintable(pages));
    const QString text = TaktTest::pdfText(pdf).simplified(); // wrapped lines joined
    QVERIFY2(text.contains(QStringLiteral("Released without a shadow period (likely)")),
             qPrintable(text));
    // Bad files: exit 2, the place and field named, the document untouched.
    const QByteArray before = TaktTest::digest(doc);
    const QList<QPair<QByteArray, QString>> bad {
        {R"({"format": "takt-fishbone", "version": 1, "name": "X", "categories": [{"name": "D", "causes": [{"text": " "}]}]})",
         QStringLiteral("categories[0].causes[0], field \"text\"")},
        {R"({"format": "takt-fishbone", "version": 2, "name": "X", "categories": []})",
         QStringLiteral("\"version\"")},
        {R"({"format": "takt-fishbone", "version": 1, "name": "X", "categories": {}})",
         QStringLiteral("categories")},
        {R"({"format": "takt-fishbone", "version": 1, "name": "X", "categories": [{"name": "D", "causes": [{"text": "a", "causes": [{"text": "b", "likely": 1}]}]}]})",
         QStringLiteral("categories[0].causes[0].causes[0], field \"likely\"")},
    };
    for (const auto &[content, where] : bad) {
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        QCOMPARE(takt({QStringLiteral("import"), doc, path}, &out), 2);
        QVERIFY2(out.contains(where) && out.contains(QStringLiteral("bad.json")), qPrintable(out));
        QCOMPARE(TaktTest::digest(doc), before);
    }
}

QTEST_MAIN(tst_Fishbone)
#include "tst_fishbone.moc"
