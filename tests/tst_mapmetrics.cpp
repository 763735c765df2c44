#include "common/duration.h"
#include "testsupport.h"
#include "vsm/futurestate.h"
#include "vsm/mapmetrics.h"
#include "vsm/painttext.h"
#include "vsm/valuestreammap.h"
#include "vsm/vsmjson.h"

#include <QTest>

using namespace Takt;

class tst_MapMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedExampleMatchesHandComputedTable();
    void branchesFollowTheLongestPath();
    void drawnWithoutArrowsReadsLeftToRight();
    void stepsOffTheTimelineAreLeftOut();
    void warnings_data();
    void warnings();
    void noDemandMeansNoTakt();
    void futureStateCarriesItsBaseline();
    void unnamedElementsAreNumbered();
    void figureKeepsItsUnit();

private:
    static std::unique_ptr<ValueStreamMap> load(const QByteArray &json);
    static MapElement process(EntityId id, const QString &name, double cycleTime, double x = 0);
    static MapElement queue(EntityId id, const QString &name, double wait, double x = 0);
    static Connector push(EntityId id, EntityId from, EntityId to);
};

std::unique_ptr<ValueStreamMap> tst_MapMetrics::load(const QByteArray &json)
{
    EntityId next = 1;
    QString error;
    auto map = VsmJson::read(
        json, [&] { return next++; }, &error);
    if (!map)
        qFatal("%s", qPrintable(error));
    return map;
}

MapElement tst_MapMetrics::process(EntityId id, const QString &name, double ct, double x)
{
    MapElement e;
    e.id = id;
    e.kind = ElementKind::Process;
    e.name = name;
    e.cycleTime = ct;
    e.pos = QPointF(x, 0);
    return e;
}

MapElement tst_MapMetrics::queue(EntityId id, const QString &name, double wait, double x)
{
    MapElement e;
    e.id = id;
    e.kind = ElementKind::Inventory;
    e.name = name;
    e.wait = wait;
    e.pos = QPointF(x, 0);
    return e;
}

Connector tst_MapMetrics::push(EntityId id, EntityId from, EntityId to)
{
    Connector c;
    c.id = id;
    c.from = from;
    c.to = to;
    return c;
}

// The table in shared/examples/README.md, computed by hand from the glossary's definitions.
void tst_MapMetrics::sharedExampleMatchesHandComputedTable()
{
    auto map = load(
        TaktTest::readAll(QStringLiteral(TAKT_SHARED_EXAMPLES "/ml-retraining-current.json")));
    const MapMetrics m = MapMetrics::compute(*map);
    QCOMPARE(m.taktTime.value_or(-1), 14400.0);
    QCOMPARE(m.waitTime, 1209600.0);
    QCOMPARE(m.processTime, 59400.0);
    QCOMPARE(m.leadTime, 1269000.0);
    QCOMPARE(m.leadTime / Duration::Day, 14.6875);
    QCOMPARE(m.valueAdded, 52200.0);
    QVERIFY(qAbs(m.flowEfficiency.value_or(-1) - 52200.0 / 1269000.0) < 1e-12);
    QCOMPARE(QString::number(*m.flowEfficiency, 'f', 5), QStringLiteral("0.04113"));
    QVERIFY(qAbs(m.rolledCompleteAccurate.value_or(-1) - 0.684) < 1e-12);
    QCOMPARE(m.overTaktNames, QStringList({"Labeling", "Training"}));
    QCOMPARE(m.bottleneckName, QStringLiteral("Labeling"));
    QCOMPARE(m.totalInventory, 8.0);
    QVERIFY(!m.branched);
    QVERIFY2(m.warnings.isEmpty(), qPrintable(m.warnings.join('\n')));
    QCOMPARE(m.notes.size(), 1); // Training and Deployment have no %C&A
    QVERIFY(m.notes.first().startsWith(QStringLiteral("Rolled %C&A counts 2 step")));
    // The ladder: a wait above, then a cycle time below, in flow order.
    QCOMPARE(m.ladder.size(), 10);
    QCOMPARE(m.ladder.at(0).name, QStringLiteral("Raw data backlog"));
    QVERIFY(m.ladder.at(0).isWait);
    QCOMPARE(m.ladder.at(2).seconds, 4 * Duration::Day); // 8 queued / 2 per day
    QCOMPARE(m.ladder.at(7).valueAdded, 3600.0); // Validation: VA 1 h of 3 h
}

void tst_MapMetrics::branchesFollowTheLongestPath()
{
    // A → (q1: 1 d → B: 2 h) and A → (q2: 3 d → C: 1 h), both into D.
    ValueStreamMap map(100);
    const double h = Duration::Hour, d = Duration::Day;
    for (const MapElement &e :
         {process(1, "A", 1 * h), queue(2, "q1", 1 * d), process(3, "B", 2 * h),
          queue(4, "q2", 3 * d), process(5, "C", 1 * h), process(6, "D", 1 * h)})
        map.insertElement(map.elements().size(), e);
    int id = 10;
    for (auto [from, to] : QList<QPair<int, int>> {{1, 2}, {2, 3}, {3, 6}, {1, 4}, {4, 5}, {5, 6}})
        map.insertConnector(map.connectors().size(), push(id++, from, to));
    const MapMetrics m = MapMetrics::compute(map);
    QVERIFY(m.branched);
    QVERIFY(!m.notes.isEmpty());
    QCOMPARE(m.leadTime, 3 * d + 3 * h); // A, q2, C, D
    QStringList names;
    for (const LadderRung &r : m.ladder)
        names << r.name;
    QCOMPARE(names, QStringList({"A", "q2", "C", "D"}));
    QCOMPARE(m.bottleneckName, QStringLiteral("B")); // largest cycle time, on the path or not
}

void tst_MapMetrics::drawnWithoutArrowsReadsLeftToRight()
{
    ValueStreamMap map(100);
    map.insertElement(0, process(1, "Second", 60, 500));
    map.insertElement(1, queue(2, "Between", 120, 300));
    map.insertElement(2, process(3, "First", 30, 100));
    const MapMetrics m = MapMetrics::compute(map);
    QCOMPARE(m.leadTime, 210.0);
    QCOMPARE(m.ladder.first().name, QStringLiteral("First"));
    QCOMPARE(m.ladder.last().name, QStringLiteral("Second"));
}

void tst_MapMetrics::stepsOffTheTimelineAreLeftOut()
{
    auto map = load(
        TaktTest::readAll(QStringLiteral(TAKT_SHARED_EXAMPLES "/ml-retraining-current.json")));
    for (const MapElement &e : map->elements())
        if (e.name == QLatin1String("Deployment"))
            map->setElementValue(e.id, ElementField::OnTimeline, false);
    const MapMetrics m = MapMetrics::compute(*map);
    QCOMPARE(m.leadTime, 1269000.0 - 1800);
    QCOMPARE(m.valueAdded, 52200.0 - 1800);
}

void tst_MapMetrics::unnamedElementsAreNumbered()
{
    ValueStreamMap map(100);
    map.insertElement(0, queue(1, QString(), 60, 0));
    map.insertElement(1, process(2, "Train", 30, 200));
    map.insertElement(2, queue(3, QString(), 120, 400));
    map.insertElement(3, queue(4, "Review queue", 120, 600));
    map.insertElement(4, process(5, QString(), 30, 800));
    QCOMPARE(map.elementTitle(*map.element(1)), QStringLiteral("Queue 1"));
    QCOMPARE(map.elementTitle(*map.element(3)), QStringLiteral("Queue 2"));
    QCOMPARE(map.elementTitle(*map.element(4)), QStringLiteral("Review queue"));
    QCOMPARE(map.elementTitle(*map.element(5)), QStringLiteral("Step 2"));
    // The same names in the figures' warnings and in the undo history.
    QCOMPARE(map.elementList().entityTitle(3), QStringLiteral("\"Queue 2\""));
    map.insertElement(5, queue(6, QString(), 60, 2000));
    map.insertElement(6, process(7, "Far away", 30, 2400));
    map.insertConnector(0, push(10, 1, 2));
    map.insertConnector(1, push(11, 2, 3));
    map.insertConnector(2, push(12, 3, 4));
    map.insertConnector(3, push(13, 4, 5));
    const MapMetrics m = MapMetrics::compute(map);
    QVERIFY2(m.warnings.join('\n').contains(QStringLiteral("\"Queue 4\"")),
             qPrintable(m.warnings.join('\n')));
}

void tst_MapMetrics::figureKeepsItsUnit()
{
    // "Verfügbarkeit = 90 %" must not wrap between 90 and its %, nor "6 h" between 6 and h.
    const QString line = Paint::fieldLine(ElementField::Uptime, QStringLiteral("90 %"));
    QVERIFY2(line.endsWith(QStringLiteral("90") + QChar(QChar::Nbsp) + QLatin1Char('%')),
             qPrintable(line));
}

void tst_MapMetrics::warnings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("warning");
    const QByteArray head = R"({"format":"takt-vsm","version":1,"name":"w","demand_per_day":10,
        "available_time_per_day":"8 h","steps":[)";
    QTest::newRow("VA over C/T") << head + R"({"type":"process","name":"P","cycle_time":"1 h",
        "value_added":"2 h"}]})"
                                 << "P: value-added time (2 h) is longer than the cycle time (1 h)";
    QTest::newRow("uptime over 100 %") << head + R"({"type":"process","name":"P",
        "cycle_time":"1 h","uptime":1.2}]})"
                                       << "P: uptime is over 100 %";
    QTest::newRow("Little's law") << head
            + R"({"type":"inventory","name":"Q","count":500,"demand_per_day":100},
        {"type":"process","name":"P","cycle_time":"1 h"}]})"
                                  << "Little's law";
}

void tst_MapMetrics::warnings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, warning);
    auto map = load(json);
    const MapMetrics m = MapMetrics::compute(*map);
    QVERIFY2(m.warnings.join('\n').contains(warning), qPrintable(m.warnings.join('\n')));
    // Warnings never block the figures.
    QVERIFY(m.leadTime > 0);
}

void tst_MapMetrics::noDemandMeansNoTakt()
{
    ValueStreamMap map(1);
    map.insertElement(0, process(2, "P", 60));
    MapElement fifo = queue(3, "Lane", 0);
    fifo.kind = ElementKind::FifoLane;
    fifo.wait.reset();
    fifo.count = 12;
    fifo.maxCount = 10;
    map.insertElement(1, fifo);
    const MapMetrics m = MapMetrics::compute(map);
    QVERIFY(!m.taktTime);
    QVERIFY(m.overTakt.isEmpty());
    QVERIFY(m.warnings.join('\n').contains("more than its maximum of 10"));
    QVERIFY(m.warnings.join('\n').contains("no customer demand"));
}

void tst_MapMetrics::futureStateCarriesItsBaseline()
{
    auto current = load(
        TaktTest::readAll(QStringLiteral(TAKT_SHARED_EXAMPLES "/ml-retraining-current.json")));
    EntityId next = 1000;
    auto future = FutureState::derive(*current, [&] { return next++; });
    QCOMPARE(future->derivedFrom(), current->id());
    QCOMPARE(future->state(), ValueStreamMap::State::Future);
    QCOMPARE(future->name(), QStringLiteral("Model retraining - future state"));
    for (const MapElement &e : future->elements())
        if (e.name == QLatin1String("Approval gate"))
            future->setElementValue(e.id, ElementField::Wait, 1 * Duration::Day);
    const MapMetrics m = MapMetrics::compute(*future, current.get());
    QVERIFY(m.baseline);
    QCOMPARE(m.baseline->leadTime, 1269000.0);
    QCOMPARE(m.leadTime, 1269000.0 - 3 * Duration::Day);
    QVERIFY(!MapMetrics::compute(*future).baseline);
}

QTEST_GUILESS_MAIN(tst_MapMetrics)
#include "tst_mapmetrics.moc"
