#include "core/changefield.h"
#include "document/document.h"
#include "document/linkcommands.h"
#include "document/measuredfigure.h"
#include "kpi/kpistore.h"
#include "testsupport.h"
#include "vsm/addremovemap.h"
#include "vsm/addremovemapitems.h"
#include "vsm/mapmetrics.h"
#include "vsm/mappainter.h"
#include "vsm/mapstore.h"
#include "vsm/valuestreammap.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

/** A KPI measuring a figure on a map, through the registry's links: the spread the map shows,
 *  the links kept through undo, deletion, save and reopen. */
class tst_Measured : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TaktTest::isolateAppData(); }
    void init();
    void spreadByHand_data();
    void spreadByHand();
    void mapsOfferTheirFigures();
    void stepShowsWhatItsKpiMeasured();
    void aKpiMeasuresOneFigureAtATime();
    void deletingEitherSideTakesTheLinkAndUndoBringsItBack();
    void linkIsStoredAndReopened();
    void aNewMapOffersItsFigures();
    void theKpiThatHasMeasuredIsShown();

private:
    EntityId addKpi(const QString &unit, const QList<double> &values);
    EntityId labeling() const;

    std::unique_ptr<Document> m_document;
};

void tst_Measured::init()
{
    m_document = TaktTest::documentWithExampleMap();
}

EntityId tst_Measured::addKpi(const QString &unit, const QList<double> &values)
{
    KpiStore &store = *KpiStore::of(*m_document);
    Kpi kpi;
    kpi.id = m_document->newId();
    kpi.name = QStringLiteral("Labeling cycle time");
    kpi.unit = unit;
    QList<Measurement> points;
    for (int i = 0; i < values.size(); ++i) {
        Measurement m;
        m.id = m_document->newId();
        m.kpi = kpi.id;
        m.takenAt = QDate(2026, 9, 1).addDays(i).toString(Qt::ISODate);
        m.value = values.at(i);
        points << m;
    }
    m_document->undoStack()->push(store.addKpi(kpi));
    m_document->undoStack()->push(store.addMeasurements(points));
    return kpi.id;
}

EntityId tst_Measured::labeling() const
{
    for (const MapElement &e : TaktTest::maps(*m_document).maps().first()->elements())
        if (e.name == QLatin1String("Labeling"))
            return e.id;
    return 0;
}

void tst_Measured::spreadByHand_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    // Odd count: the middle one of 4 5 6 7 9 is 6; mean 31 / 5 = 6.2.
    QTest::newRow("odd") << QList<double> {6, 9, 4, 7, 5} << 6.2 << 6.0 << 4.0 << 9.0;
    // Even count: sorted 4 5 7 9, the median is (5 + 7) / 2 = 6; mean 25 / 4 = 6.25.
    QTest::newRow("even") << QList<double> {9, 4, 7, 5} << 6.25 << 6.0 << 4.0 << 9.0;
    QTest::newRow("one") << QList<double> {3} << 3.0 << 3.0 << 3.0 << 3.0;
}

void tst_Measured::spreadByHand()
{
    QFETCH(QList<double>, values);
    QFETCH(double, mean);
    QFETCH(double, median);
    QFETCH(double, min);
    QFETCH(double, max);
    const MeasuredSpread s = MeasuredSpread::of(values);
    QCOMPARE(s.n, int(values.size()));
    QCOMPARE(s.mean, mean);
    QCOMPARE(s.median, median);
    QCOMPARE(s.min, min);
    QCOMPARE(s.max, max);
    QCOMPARE(MeasuredSpread::of({}).n, 0);
}

void tst_Measured::mapsOfferTheirFigures()
{
    const ValueStreamMap &map = *TaktTest::maps(*m_document).maps().first();
    const QList<MeasurableFigure> figures = MeasuredFigures::offered(*m_document);
    int steps = 0, queues = 0;
    for (const MapElement &e : map.elements()) {
        steps += e.kind == ElementKind::Process;
        queues += MapElement::isQueue(e.kind);
    }
    QCOMPARE(figures.size(), 1 + steps + queues); // the lead time, then each step and queue
    QCOMPARE(figures.first().key, MapStore::LeadTimeFigure);
    QCOMPARE(*figures.first().value, MapMetrics::compute(map).leadTime);
    const auto step = MeasuredFigures::find(*m_document, labeling(), MapStore::CycleTimeFigure);
    QVERIFY(step);
    QCOMPARE(step->label, map.name() + QStringLiteral(" ▸ Labeling: cycle time"));
    QCOMPARE(*step->value, 6 * 3600.0); // the example's 6 h
    QVERIFY(!MeasuredFigures::find(*m_document, labeling(), MapStore::WaitFigure));
    const auto byName = MeasuredFigures::findByName(*m_document, map.name(), "Labeling",
                                                    MapStore::CycleTimeFigure);
    QVERIFY(byName);
    QCOMPARE(byName->target, labeling());
}

void tst_Measured::stepShowsWhatItsKpiMeasured()
{
    // Hours: 4 5 6 6 6 7 9 → mean 43 / 7 = 6.142857…, median 6, from 4 to 9.
    const EntityId kpi = addKpi(QStringLiteral("h"), {6, 4, 7, 9, 5, 6, 6});
    const ValueStreamMap &map = *TaktTest::maps(*m_document).maps().first();
    const MapStore &maps = TaktTest::maps(*m_document);
    QVERIFY(maps.metrics(map).measuredCycleTimes.isEmpty()); // not linked yet
    QSignalSpy measured(m_document.get(), &Document::measuredChanged);
    m_document->undoStack()->push(
        MeasuredFigures::link(*m_document, kpi, labeling(), MapStore::CycleTimeFigure));
    QTRY_COMPARE(measured.count(), 1);
    const MapMetrics metrics = maps.metrics(map);
    QCOMPARE(metrics.measuredCycleTimes.size(), 1);
    const MeasuredSpread s = metrics.measuredCycleTimes.value(labeling());
    QVERIFY(s.inSeconds);
    QCOMPARE(s.n, 7);
    QCOMPARE(s.min, 4 * 3600.0);
    QCOMPARE(s.max, 9 * 3600.0);
    QCOMPARE(s.median, 6 * 3600.0);
    QVERIFY(qAbs(s.mean - 43.0 / 7 * 3600) < 1e-6);
    QCOMPARE(s.sourceName, QStringLiteral("Labeling cycle time"));
    QCOMPARE(metrics.spreadText(s), QStringLiteral("4–9 h, n = 7"));
    // The data box reads it too: the layout of the step differs with the spread.
    const MapElement &step = *map.element(labeling());
    const QFont font = MapPainter::mapFont();
    QVERIFY(MapPainter::options(step, metrics, font).cycleTimeSpread == "4–9 h, n = 7");
    QVERIFY(
        MapPainter::elementBounds(step, MapPainter::options(step, metrics, font)).height()
        > MapPainter::elementBounds(step, MapPainter::options(step, MapMetrics::compute(map), font))
              .height());

    // A new point changes the spread and is announced.
    Measurement more;
    more.id = m_document->newId();
    more.kpi = kpi;
    more.takenAt = QStringLiteral("2026-09-20");
    more.value = 12;
    m_document->undoStack()->push(KpiStore::of(*m_document)->addMeasurements({more}));
    QTRY_COMPARE(measured.count(), 2);
    QCOMPARE(maps.metrics(map).measuredCycleTimes.value(labeling()).max, 12 * 3600.0);
    m_document->undoStack()->undo();
    QCOMPARE(maps.metrics(map).measuredCycleTimes.value(labeling()).max, 9 * 3600.0);

    // A unit the map does not know is no time: the data box shows nothing of it. The change
    // is announced, so that a scene showing the spread follows it.
    const int announced = int(measured.count());
    m_document->undoStack()->push(new ChangeField(&KpiStore::of(*m_document)->kpiList(), kpi,
                                                  int(Kpi::Field::Unit), QStringLiteral("items")));
    QTRY_COMPARE(measured.count(), announced + 1);
    QVERIFY(maps.metrics(map).measuredCycleTimes.isEmpty());
    const auto spread = MeasuredFigures::spread(*m_document, labeling(), MapStore::CycleTimeFigure);
    QVERIFY(spread && !spread->inSeconds);
    QCOMPARE(spread->max, 9.0);
}

void tst_Measured::aKpiMeasuresOneFigureAtATime()
{
    const EntityId kpi = addKpi(QStringLiteral("h"), {6, 5});
    const ValueStreamMap &map = *TaktTest::maps(*m_document).maps().first();
    QUndoStack &undo = *m_document->undoStack();
    undo.push(MeasuredFigures::link(*m_document, kpi, labeling(), MapStore::CycleTimeFigure));
    QCOMPARE(MeasuredFigures::measuredBy(*m_document, kpi)->target, labeling());
    // The same link again changes nothing: no undo step.
    QCOMPARE(MeasuredFigures::link(*m_document, kpi, labeling(), MapStore::CycleTimeFigure),
             nullptr);
    const int steps = undo.count();
    undo.push(MeasuredFigures::link(*m_document, kpi, map.id(), MapStore::LeadTimeFigure));
    QCOMPARE(undo.count(), steps + 1); // one step: the old link out, the new one in
    QCOMPARE(LinkCommands::of(*m_document, kpi).size(), 1);
    QCOMPARE(MeasuredFigures::measuredBy(*m_document, kpi)->key, MapStore::LeadTimeFigure);
    QVERIFY(TaktTest::maps(*m_document).metrics(map).measuredCycleTimes.isEmpty());
    undo.undo();
    QCOMPARE(MeasuredFigures::measuredBy(*m_document, kpi)->target, labeling());
    undo.push(MeasuredFigures::link(*m_document, kpi, 0, QString()));
    QVERIFY(!MeasuredFigures::measuredBy(*m_document, kpi));
    QCOMPARE(MeasuredFigures::link(*m_document, kpi, 0, QString()), nullptr);
    undo.undo();
    QVERIFY(MeasuredFigures::measuredBy(*m_document, kpi));
}

void tst_Measured::deletingEitherSideTakesTheLinkAndUndoBringsItBack()
{
    const EntityId kpi = addKpi(QStringLiteral("h"), {6, 5, 7});
    QUndoStack &undo = *m_document->undoStack();
    undo.push(MeasuredFigures::link(*m_document, kpi, labeling(), MapStore::CycleTimeFigure));
    const EntityId step = labeling();
    const EntityId mapId = TaktTest::maps(*m_document).maps().first()->id();

    undo.push(new RemoveMapItems(m_document.get(), mapId, {step}, {}));
    QVERIFY(LinkCommands::of(*m_document, kpi).isEmpty());
    QVERIFY(!MeasuredFigures::measuredBy(*m_document, kpi));
    undo.undo();
    QCOMPARE(MeasuredFigures::measuredBy(*m_document, kpi)->target, step);

    KpiStore &store = *KpiStore::of(*m_document);
    undo.push(store.removeKpi(kpi));
    QVERIFY(!store.kpi(kpi));
    QVERIFY(store.series(kpi).isEmpty());
    QVERIFY(LinkCommands::of(*m_document, step).isEmpty());
    QVERIFY(!MeasuredFigures::spread(*m_document, step, MapStore::CycleTimeFigure));
    undo.undo();
    QCOMPARE(store.series(kpi).size(), 3);
    QCOMPARE(MeasuredFigures::spread(*m_document, step, MapStore::CycleTimeFigure)->n, 3);
    undo.redo();
    QVERIFY(!store.kpi(kpi));
}

void tst_Measured::linkIsStoredAndReopened()
{
    const EntityId kpi = addKpi(QStringLiteral("h"), {4, 9});
    m_document->undoStack()->push(
        MeasuredFigures::link(*m_document, kpi, labeling(), MapStore::CycleTimeFigure));
    const EntityId step = labeling();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("measured.takt"));
    QString error;
    QVERIFY2(m_document->save(path, &error), qPrintable(error));
    m_document.reset();
    auto reopened = Document::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    const auto spread = MeasuredFigures::spread(*reopened, step, MapStore::CycleTimeFigure);
    QVERIFY(spread);
    QCOMPARE(spread->n, 2);
    QCOMPARE(spread->mean, 6.5 * 3600);
    QCOMPARE(MeasuredFigures::measuredBy(*reopened, kpi)->target, step);
}

void tst_Measured::aNewMapOffersItsFigures()
{
    QSignalSpy measured(m_document.get(), &Document::measuredChanged);
    const int before = int(MeasuredFigures::offered(*m_document).size());
    auto *map = new ValueStreamMap(m_document->newId());
    m_document->undoStack()->push(new AddMap(m_document.get(), map));
    QTRY_COMPARE(measured.count(), 1); // a KPI's list of figures is rebuilt
    QCOMPARE(MeasuredFigures::offered(*m_document).size(), before + 1); // its lead time
    m_document->undoStack()->undo();
    QTRY_COMPARE(measured.count(), 2);
    QCOMPARE(MeasuredFigures::offered(*m_document).size(), before);
}

void tst_Measured::theKpiThatHasMeasuredIsShown()
{
    // Two KPIs on one step: the first has no points yet; the second's spread is the one shown.
    const EntityId empty = addKpi(QStringLiteral("h"), {});
    const EntityId full = addKpi(QStringLiteral("h"), {5, 7});
    QUndoStack &undo = *m_document->undoStack();
    undo.push(MeasuredFigures::link(*m_document, empty, labeling(), MapStore::CycleTimeFigure));
    QCOMPARE(MeasuredFigures::spread(*m_document, labeling(), MapStore::CycleTimeFigure)->n, 0);
    undo.push(MeasuredFigures::link(*m_document, full, labeling(), MapStore::CycleTimeFigure));
    const auto spread = MeasuredFigures::spread(*m_document, labeling(), MapStore::CycleTimeFigure);
    QCOMPARE(spread->source, full);
    QCOMPARE(spread->mean, 6 * 3600.0);
}

QTEST_MAIN(tst_Measured)
#include "tst_measured.moc"
