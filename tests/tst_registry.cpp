#include "core/changefield.h"
#include "document/artefactfiles.h"
#include "document/artefactregistry.h"
#include "document/documentoutlinemodel.h"
#include "document/linkcommands.h"
#include "document/schema.h"
#include "document/sqlconnection.h"
#include "pack/packexporter.h"
#include "testnoteskind.h"
#include "testsupport.h"
#include "vsm/addremovemapitems.h"
#include "vsm/moveelements.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Takt;
using TaktTest::Note;
using TaktTest::NoteStore;

/** A kind the application has never heard of, registered in one line, goes through the whole
 *  document: its table, undo, the navigator to any depth, ids, links, the pack, import. */
class tst_Registry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aNewKindGoesThroughTheDocument();
    void navigatorShowsTreesOfAnyDepth();
    void rowsWhoseParentGoesFirstStayConsistent();
    void unknownChoicesOfANewerTakt();
    void idsAreUniqueAcrossKindsAndNeverGivenTwice();
    void olderFilesGainTheNewKindsTablesAndTheIdMark();
    void onlyChangedRowsAreToBeWritten();
    void linksFollowDeletionAndUndo();
    void packAndImportOfTheNewKind();

private:
    static NoteStore *notes(const Document &document)
    {
        return static_cast<NoteStore *>(document.store(QStringLiteral("test-notes")));
    }
    QTemporaryDir m_dir;
};

void tst_Registry::initTestCase()
{
    TaktTest::isolateAppData();
    ArtefactRegistry::add(std::make_unique<TaktTest::NotesKind>()); // the one line
}

void tst_Registry::aNewKindGoesThroughTheDocument()
{
    auto document = TaktTest::documentWithExampleMap();
    NoteStore *store = notes(*document);
    QVERIFY(store);
    QUndoStack *stack = document->undoStack();
    stack->push(store->add(QStringLiteral("Ask the labelers")));
    const EntityId id = store->notes.items().first().id;
    stack->push(new ChangeField(&store->notes, id, int(Note::Field::Done), true));
    QCOMPARE(stack->undoText(), QStringLiteral("Change Done of \"Ask the labelers\""));
    QVERIFY(store->notes.find(id)->done);
    stack->undo();
    QVERIFY(!store->notes.find(id)->done);
    stack->redo();

    const QString path = m_dir.filePath(QStringLiteral("notes.takt"));
    QString error;
    QVERIFY2(document->save(path, &error), qPrintable(error));
    document.reset();
    auto reopened = Document::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(notes(*reopened)->notes.count(), 1);
    QCOMPARE(notes(*reopened)->notes.items().first().text, QStringLiteral("Ask the labelers"));
    QVERIFY(notes(*reopened)->notes.items().first().done);
    QCOMPARE(TaktTest::maps(*reopened).maps().size(), 1); // the maps are unaffected
}

void tst_Registry::navigatorShowsTreesOfAnyDepth()
{
    QString error;
    auto document = Document::createNew(&error);
    DocumentOutlineModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    NoteStore *store = notes(*document);
    QUndoStack *stack = document->undoStack();
    stack->push(store->add(QStringLiteral("Why 1")));
    const EntityId why1 = store->notes.items().last().id;
    stack->push(store->add(QStringLiteral("Why 2"), why1));
    const EntityId why2 = store->notes.items().last().id;
    stack->push(store->add(QStringLiteral("Why 3"), why2));
    stack->push(store->add(QStringLiteral("Why 2b"), why1));

    const QModelIndex section = model.sectionIndex(QStringLiteral("test-notes"));
    QCOMPARE(section.data().toString(), QStringLiteral("Test notes"));
    QCOMPARE(model.rowCount(section), 1);
    const QModelIndex first = model.index(0, 0, section);
    QCOMPARE(first.data().toString(), QStringLiteral("Why 1"));
    QCOMPARE(model.rowCount(first), 2);
    const QModelIndex second = model.index(0, 0, first);
    QCOMPARE(second.data().toString(), QStringLiteral("Why 2"));
    QCOMPARE(model.index(0, 0, second).data().toString(), QStringLiteral("Why 3"));
    QCOMPARE(model.parent(model.index(0, 0, second)), second);
    QCOMPARE(model.indexOf(why2), second);
    QCOMPARE(model.index(1, 0, first).data().toString(), QStringLiteral("Why 2b"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    stack->push(new ChangeField(&store->notes, why2, int(Note::Field::Text), QStringLiteral("W2")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.indexOf(why2).data().toString(), QStringLiteral("W2"));
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(model.rowCount(section), 0);
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(model.rowCount(model.index(0, 0, section)), 2);
}

void tst_Registry::rowsWhoseParentGoesFirstStayConsistent()
{
    // A child listed before its parent: removing both takes the parent first, and the child,
    // no longer shown, leaves quietly; undo brings the child back in view with its parent.
    QString error;
    auto document = Document::createNew(&error);
    DocumentOutlineModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    NoteStore *store = notes(*document);
    QUndoStack *stack = document->undoStack();
    stack->push(store->add(QStringLiteral("Parent")));
    const EntityId parent = store->notes.items().last().id;
    stack->push(new AddEntities<Note>(
        &store->notes, {Note {document->newId(), parent, QStringLiteral("Child")}}, 0));
    const QModelIndex section = model.sectionIndex(QStringLiteral("test-notes"));
    QCOMPARE(model.rowCount(model.index(0, 0, section)), 1);
    stack->push(new RemoveEntities<Note>(&store->notes, {parent, store->notes.items().first().id}));
    QCOMPARE(model.rowCount(section), 0);
    stack->undo();
    QCOMPARE(model.rowCount(section), 1);
    QCOMPARE(model.index(0, 0, model.index(0, 0, section)).data().toString(),
             QStringLiteral("Child"));
}

void tst_Registry::unknownChoicesOfANewerTakt()
{
    // A later Takt may add a sharing mode or a time unit without a new format: this one reads
    // the file and shows the plain default; an element of a kind it does not know is refused.
    const QString path = m_dir.filePath(QStringLiteral("newer.takt"));
    QString error;
    {
        auto document = TaktTest::documentWithExampleMap();
        QVERIFY2(document->save(path, &error), qPrintable(error));
    }
    {
        SqlConnection db(path);
        QVERIFY(db.exec(QStringLiteral("UPDATE map_elements SET sharing = 'teleported'")));
        QVERIFY(db.exec(QStringLiteral("UPDATE maps SET time_unit = 'fortnight'")));
    }
    auto document = Document::open(path, &error, Document::Access::ReadOnly);
    QVERIFY2(document, qPrintable(error));
    const ValueStreamMap *map = TaktTest::maps(*document).maps().first();
    QVERIFY(!map->timeUnit());
    QCOMPARE(map->elements().first().sharing, MapElement::Sharing::Dedicated);
    document.reset();
    {
        SqlConnection db(path);
        QVERIFY(db.exec(QStringLiteral("UPDATE map_elements SET kind = 'hologram' WHERE id = "
                                       "(SELECT min(id) FROM map_elements)")));
    }
    QVERIFY(!Document::open(path, &error, Document::Access::ReadOnly));
    QVERIFY2(error.contains(QStringLiteral("unknown kind \"hologram\""))
                 && error.contains(QFileInfo(path).fileName()),
             qPrintable(error));
}

void tst_Registry::idsAreUniqueAcrossKindsAndNeverGivenTwice()
{
    auto document = TaktTest::documentWithExampleMap();
    NoteStore *store = notes(*document);
    document->undoStack()->push(store->add(QStringLiteral("Gone soon")));
    const EntityId deleted = store->notes.items().last().id;
    for (const MapElement &e : TaktTest::maps(*document).maps().first()->elements())
        QVERIFY(e.id != deleted);
    document->undoStack()->push(new RemoveEntities<Note>(&store->notes, {deleted}));
    document->undoStack()->clear();
    const QString path = m_dir.filePath(QStringLiteral("ids.takt"));
    QString error;
    QVERIFY2(document->save(path, &error), qPrintable(error));
    document.reset();
    auto reopened = Document::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    // The deleted note held the largest id; no table has it any more, and yet it is not reused.
    QVERIFY(reopened->newId() > deleted);
}

void tst_Registry::olderFilesGainTheNewKindsTablesAndTheIdMark()
{
    const QString path = m_dir.filePath(QStringLiteral("format3.takt"));
    {
        SqlConnection db(path);
        QVERIFY(db.exec(QStringLiteral("PRAGMA application_id = 1413565268")));
        QString error;
        QVERIFY2(Schema::migrate(db, 0, &error, 3), qPrintable(error));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO maps (id, position, name, state) "
                                       "VALUES (40, 0, 'Old', 'current')")));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO map_elements (id, map_id, position, kind, "
                                       "x, y) VALUES (41, 40, 0, 'process', 0, 0)")));
    }
    QString error;
    auto document = Document::open(path, &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(Schema::currentVersion(), 100);
    QVERIFY(document->newId() > 41); // found in the tables themselves, by the migration
    document->undoStack()->push(notes(*document)->add(QStringLiteral("New in an old file")));
    QVERIFY2(document->save(path, &error), qPrintable(error));
    SqlConnection db(path, SqlConnection::Mode::ReadOnly);
    QCOMPARE(Schema::version(db), 100);
    QCOMPARE(db.scalar(QStringLiteral("SELECT text FROM test_notes")).toString(),
             QStringLiteral("New in an old file"));
    QVERIFY(db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'next_id'")).toLongLong()
            > 42);
}

void tst_Registry::onlyChangedRowsAreToBeWritten()
{
    auto document = TaktTest::documentWithExampleMap();
    QString error;
    QVERIFY(document->flush(&error));
    ValueStreamMap *map = TaktTest::maps(*document).maps().first();
    QVERIFY(!map->isDirty());
    const MapElement &moved = map->elements().at(3);
    document->undoStack()->push(new MoveElements(document.get(), map->id(), {{moved.id, moved.pos}},
                                                 {{moved.id, moved.pos + QPointF(10, 0)}}));
    QCOMPARE(map->elementList().dirtyIds(), QSet<EntityId> {moved.id});
    QVERIFY(!map->elementList().orderChanged());
    QVERIFY(!map->connectorList().isDirty());
    QVERIFY(!map->arePropertiesDirty());
    QVERIFY(document->flush(&error));
    QVERIFY(!map->isDirty());
}

void tst_Registry::linksFollowDeletionAndUndo()
{
    auto document = TaktTest::documentWithExampleMap();
    QUndoStack *stack = document->undoStack();
    NoteStore *store = notes(*document);
    stack->push(store->add(QStringLiteral("Root cause: no owner for sign-off")));
    const EntityId note = store->notes.items().last().id;
    ValueStreamMap *map = TaktTest::maps(*document).maps().first();
    const EntityId step = map->elements().at(4).id;
    stack->push(LinkCommands::add(*document, step, note, QStringLiteral("explains"), nullptr));
    QCOMPARE(LinkCommands::of(*document, note).size(), 1);

    // Renaming either keeps it; deleting either removes it, in the same undo step.
    stack->push(new ChangeField(&store->notes, note, int(Note::Field::Text), QStringLiteral("x")));
    QCOMPARE(LinkCommands::of(*document, step).size(), 1);
    stack->push(new RemoveMapItems(document.get(), map->id(), {step}, {}));
    QCOMPARE(document->links().count(), 0);
    stack->undo();
    QCOMPARE(LinkCommands::of(*document, step).size(), 1);
    stack->push(new RemoveMap(document.get(), map->id()));
    QCOMPARE(document->links().count(), 0);
    stack->undo();
    QCOMPARE(document->links().count(), 1);

    const QString path = m_dir.filePath(QStringLiteral("links.takt"));
    QString error;
    QVERIFY2(document->save(path, &error), qPrintable(error));
    document.reset();
    auto reopened = Document::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    const QList<Link> links = LinkCommands::of(*reopened, note);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().from, step);
    QCOMPARE(links.first().role, QStringLiteral("explains"));
}

void tst_Registry::packAndImportOfTheNewKind()
{
    QString error;
    auto document = Document::createNew(&error);
    const QString json = m_dir.filePath(QStringLiteral("note.json"));
    QVERIFY(TaktTest::writeFile(json, R"({"format":"takt-test-notes","text":"Imported note"})"));
    QVERIFY2(ArtefactFiles::importFile(*document, json, &error), qPrintable(error));
    QCOMPARE(notes(*document)->notes.items().last().text, QStringLiteral("Imported note"));
    QVERIFY(TaktTest::writeFile(json, R"({"format":"takt-test-notes"})"));
    QCOMPARE(ArtefactFiles::importFile(*document, json, &error), EntityId(0));
    QVERIFY2(error.contains(json) && error.contains(QStringLiteral("field \"text\"")),
             qPrintable(error));

    const QString pdf = m_dir.filePath(QStringLiteral("notes.pdf"));
    QCOMPARE(PackExporter::write(*document, pdf, {}, {}, &error), PackExporter::Result::Written);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString all = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(all.contains(QStringLiteral("Imported note")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("Drawn figure"))); // the figure is vector, its text text
    QCOMPARE(all.count(QStringLiteral("Test notes")), 2); // in the contents, and its heading
}

QTEST_MAIN(tst_Registry)
#include "tst_registry.moc"
