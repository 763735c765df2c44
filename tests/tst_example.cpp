#include "document/document.h"
#include "testsupport.h"
#include "vsm/mapmetrics.h"
#include "vsm/valuestreammap.h"

#include <QTest>

using namespace Takt;

/** The bundled example workshop, as scripts/run shows it. */
class tst_Example : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TaktTest::isolateAppData(); }
    void bundledMapIsTheSharedExample();
    void holdsCurrentAndDerivedFutureState();
};

void tst_Example::bundledMapIsTheSharedExample()
{
    if (!TAKT_HAVE_SHARED_EXAMPLES)
        QSKIP("../shared/examples is not beside this checkout");
    QCOMPARE(
        TaktTest::readAll(QStringLiteral(TAKT_RESOURCE_EXAMPLES "/ml-retraining-current.json")),
        TaktTest::readAll(QStringLiteral(TAKT_SHARED_EXAMPLES "/ml-retraining-current.json")));
}

void tst_Example::holdsCurrentAndDerivedFutureState()
{
    QString error;
    auto document
        = Document::open(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), &error, Document::Access::ReadOnly);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->metadata().title, QStringLiteral("Model retraining kaizen"));
    QVERIFY(document->metadata().startDate.isValid());
    QCOMPARE(TaktTest::maps(*document).maps().size(), 2);
    const ValueStreamMap *current = TaktTest::maps(*document).maps().at(0);
    const ValueStreamMap *future = TaktTest::maps(*document).maps().at(1);
    QCOMPARE(current->state(), ValueStreamMap::State::Current);
    QCOMPARE(future->state(), ValueStreamMap::State::Future);
    QCOMPARE(future->derivedFrom(), current->id());

    const MapMetrics now = MapMetrics::compute(*current);
    QCOMPARE(now.leadTime, 1269000.0);
    QCOMPARE(now.valueAdded, 52200.0);
    QCOMPARE(now.bottleneckName, QStringLiteral("Labeling"));
    const MapMetrics next = MapMetrics::compute(*future);
    QVERIFY(next.leadTime < now.leadTime / 3);
    QVERIFY(*next.flowEfficiency > *now.flowEfficiency);
    int bursts = 0;
    for (const MapElement &e : future->elements())
        bursts += e.kind == ElementKind::KaizenBurst;
    QCOMPARE(bursts, 3);
}

QTEST_GUILESS_MAIN(tst_Example)
#include "tst_example.moc"
