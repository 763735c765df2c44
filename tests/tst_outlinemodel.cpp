#include "document/artefactstore.h"
#include "document/document.h"
#include "document/documentoutlinemodel.h"
#include "testsupport.h"
#include "vsm/addremovemap.h"
#include "vsm/valuestreammap.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

class tst_OutlineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TaktTest::isolateAppData(); }
    void sectionsAndMapsFollowTheDocument();
};

void tst_OutlineModel::sectionsAndMapsFollowTheDocument()
{
    QString error;
    auto document = Document::createNew(&error);
    QVERIFY(document);
    DocumentOutlineModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // A row per registered kind, the maps first.
    QCOMPARE(model.rowCount(), int(document->stores().size()));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Value stream maps"));
    const QModelIndex maps = model.sectionIndex(QStringLiteral("maps"));
    QCOMPARE(maps, model.index(0, 0));
    QCOMPARE(model.rowCount(maps), 0);

    QUndoStack *stack = document->undoStack();
    QStringList names {"Current", "Future", "Ideal"};
    for (const QString &name : names) {
        auto *map = new ValueStreamMap(document->newId());
        map->setValue(ValueStreamMap::Field::Name, name);
        stack->push(new AddMap(document.get(), map));
    }
    QCOMPARE(model.rowCount(maps), 3);
    QCOMPARE(model.index(1, 0, maps).data().toString(), QStringLiteral("Future"));
    const EntityId futureId = model.index(1, 0, maps).data(ArtefactStore::IdRole).toLongLong();
    QCOMPARE(TaktTest::maps(*document).map(futureId)->name(), QStringLiteral("Future"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    stack->push(TaktTest::changeMap(document.get(), futureId, ValueStreamMap::Field::Name,
                                    QStringLiteral("Future (Q1)")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.indexOf(futureId).data().toString(), QStringLiteral("Future (Q1)"));

    stack->push(new RemoveMap(document.get(), futureId));
    QCOMPARE(model.rowCount(maps), 2);
    QCOMPARE(model.index(1, 0, maps).data().toString(), QStringLiteral("Ideal"));
    stack->undo();
    QCOMPARE(model.rowCount(maps), 3);
    QCOMPARE(model.index(1, 0, maps).data().toString(), QStringLiteral("Future (Q1)"));
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(model.rowCount(maps), 0);
}

QTEST_GUILESS_MAIN(tst_OutlineModel)
#include "tst_outlinemodel.moc"
