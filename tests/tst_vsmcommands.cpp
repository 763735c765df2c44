#include "document/document.h"
#include "testsupport.h"
#include "vsm/addremovemap.h"
#include "vsm/addremovemapitems.h"
#include "vsm/moveelements.h"
#include "vsm/valuestreammap.h"
#include "vsm/vsmjson.h"

#include <QTest>
#include <QUndoStack>

using namespace Takt;

/** Every map edit is an undo command that restores the exact previous state. */
class tst_VsmCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TaktTest::isolateAppData(); }
    void init();
    void cleanup() { m_document.reset(); }
    void removeRestoresExactOrderAndConnectors();
    void addItemsUndoRedo();
    void dragIsOneStepAndNudgesMerge();
    void fieldEditsMergeAndBecomeObsolete();
    void mapFieldsUndo();
    void undoSurvivesSaveAndReopen();

private:
    ValueStreamMap *map() const { return TaktTest::maps(*m_document).maps().first(); }
    EntityId idOf(const QString &name) const;
    std::unique_ptr<Document> m_document;
};

void tst_VsmCommands::init()
{
    m_document = TaktTest::documentWithExampleMap();
}

EntityId tst_VsmCommands::idOf(const QString &name) const
{
    for (const MapElement &e : map()->elements())
        if (e.name == name)
            return e.id;
    return 0;
}

void tst_VsmCommands::removeRestoresExactOrderAndConnectors()
{
    const QList<MapElement> elements = map()->elements();
    const QList<Connector> connectors = map()->connectors();
    QUndoStack *stack = m_document->undoStack();
    stack->push(new RemoveMapItems(m_document.get(), map()->id(),
                                   {idOf("Labeling"), idOf("Validation")}, {}));
    QCOMPARE(map()->elements().size(), elements.size() - 2);
    QCOMPARE(map()->connectors().size(), connectors.size() - 4); // two arrows each
    QVERIFY(!map()->element(idOf("Labeling")));
    stack->undo();
    QCOMPARE(map()->elements(), elements);
    QCOMPARE(map()->connectors(), connectors);
    stack->redo();
    QCOMPARE(map()->elements().size(), elements.size() - 2);
}

void tst_VsmCommands::addItemsUndoRedo()
{
    MapItems items;
    MapElement burst;
    burst.id = m_document->newId();
    burst.kind = ElementKind::KaizenBurst;
    burst.name = QStringLiteral("Auto-label easy cases");
    burst.pos = QPointF(400, 200);
    items.elements << burst;
    Connector info;
    info.id = m_document->newId();
    info.kind = Connector::Kind::ElectronicInfo;
    info.from = idOf("Data ingestion");
    info.to = idOf("Labeling");
    items.connectors << info;
    const int before = int(map()->elements().size());
    m_document->undoStack()->push(new AddMapItems(m_document.get(), map()->id(), items));
    QCOMPARE(map()->elements().size(), before + 1);
    QCOMPARE(*map()->element(burst.id), burst);
    QCOMPARE(*map()->connector(info.id), info);
    m_document->undoStack()->undo();
    QVERIFY(!map()->element(burst.id));
    QVERIFY(!map()->connector(info.id));
}

void tst_VsmCommands::dragIsOneStepAndNudgesMerge()
{
    QUndoStack *stack = m_document->undoStack();
    const EntityId id = idOf("Training");
    const QPointF start = map()->element(id)->pos;
    const auto at = [id](QPointF p) { return QHash<EntityId, QPointF> {{id, p}}; };
    // Two drags are two steps.
    stack->push(
        new MoveElements(m_document.get(), map()->id(), at(start), at(start + QPointF(10, 0))));
    stack->push(new MoveElements(m_document.get(), map()->id(), at(start + QPointF(10, 0)),
                                 at(start + QPointF(20, 0))));
    QCOMPARE(stack->count(), 2);
    // Arrow-key nudges of the same selection are one.
    QPointF p = start + QPointF(20, 0);
    for (int i = 0; i < 5; ++i) {
        stack->push(new MoveElements(m_document.get(), map()->id(), at(p), at(p + QPointF(0, 10)),
                                     MoveElements::Gesture::Nudge));
        p += QPointF(0, 10);
    }
    QCOMPARE(stack->count(), 3);
    QCOMPARE(map()->element(id)->pos, start + QPointF(20, 50));
    stack->undo();
    QCOMPARE(map()->element(id)->pos, start + QPointF(20, 0));
    stack->undo();
    QCOMPARE(map()->element(id)->pos, start + QPointF(10, 0));
    stack->undo();
    QCOMPARE(map()->element(id)->pos, start);
}

void tst_VsmCommands::fieldEditsMergeAndBecomeObsolete()
{
    QUndoStack *stack = m_document->undoStack();
    const EntityId id = idOf("Labeling");
    const QVariant original = map()->element(id)->value(ElementField::CycleTime);
    for (double hours : {5.0, 4.0, 3.0})
        stack->push(TaktTest::changeElement(m_document.get(), map()->id(), id,
                                            ElementField::CycleTime, hours * 3600));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(map()->element(id)->cycleTime.value_or(0), 3 * 3600.0);
    stack->push(TaktTest::changeElement(m_document.get(), map()->id(), id, ElementField::CycleTime,
                                        original));
    QCOMPARE(stack->count(), 0);
    // Clearing a figure makes it absent, not zero.
    stack->push(TaktTest::changeElement(m_document.get(), map()->id(), id,
                                        ElementField::CompleteAccurate, QVariant()));
    QVERIFY(!map()->element(id)->completeAccurate.has_value());
    stack->undo();
    QCOMPARE(map()->element(id)->completeAccurate.value_or(0), 0.8);
}

void tst_VsmCommands::mapFieldsUndo()
{
    QUndoStack *stack = m_document->undoStack();
    stack->push(TaktTest::changeMap(m_document.get(), map()->id(),
                                    ValueStreamMap::Field::DemandPerDay, 4.0));
    QCOMPARE(map()->demandPerDay().value_or(0), 4.0);
    stack->undo();
    QCOMPARE(map()->demandPerDay().value_or(0), 2.0);
}

void tst_VsmCommands::undoSurvivesSaveAndReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edits.takt"));
    QString error;
    const QList<MapElement> original = map()->elements();
    QUndoStack *stack = m_document->undoStack();
    stack->push(new RemoveMapItems(m_document.get(), map()->id(), {idOf("Review queue")}, {}));
    QVERIFY2(m_document->save(path, &error), qPrintable(error));
    stack->undo();
    QVERIFY2(m_document->save(path, &error), qPrintable(error));
    m_document.reset();
    m_document = Document::open(path, &error);
    QVERIFY2(m_document, qPrintable(error));
    QCOMPARE(map()->elements(), original);
    QCOMPARE(map()->connectors().size(), 11);
}

QTEST_GUILESS_MAIN(tst_VsmCommands)
#include "tst_vsmcommands.moc"
