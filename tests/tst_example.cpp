#include "actions/actionstore.h"
#include "agenda/agendastore.h"
#include "attendance/attendancestore.h"
#include "document/document.h"
#include "document/entitynames.h"
#include "document/followup.h"
#include "document/measuredfigure.h"
#include "ideas/ideastore.h"
#include "kpi/kpistore.h"
#include "testsupport.h"
#include "vsm/mapmetrics.h"
#include "vsm/mapstore.h"
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
    void kpisTellTheirStory();
    void actionsLeaveTheRoom();
    void attendanceOfTwoDays();
    void agendaPlannedAgainstActual();
    void ideasWithAClosedRound();
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

void tst_Example::kpisTellTheirStory()
{
    QString error;
    auto document
        = Document::open(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), &error, Document::Access::ReadOnly);
    QVERIFY2(document, qPrintable(error));
    const KpiStore &kpis = *KpiStore::of(*document);
    QCOMPARE(kpis.artefacts().size(), 4);
    // The retraining lead time: 40 requests, shifting with the future state's first change.
    const EntityId lead = kpis.kpiByName(QStringLiteral("Retraining lead time per request"));
    QCOMPARE(kpis.series(lead).size(), 40);
    QCOMPARE(kpis.chart(lead).phases.size(), 2);
    // The p95 latency: one point beyond its limit.
    const EntityId p95 = kpis.kpiByName(QStringLiteral("Inference p95 latency"));
    int beyond = 0;
    for (const XmrChart::Signal &s : kpis.chart(p95).signalsFound)
        beyond += s.rule == XmrChart::Rule::Beyond3Sigma;
    QCOMPARE(beyond, 1);
    // Labeling's measured cycle times feed its data box: 30 batches, 4 to 9 h.
    const ValueStreamMap &current = *TaktTest::maps(*document).maps().first();
    const MapMetrics metrics = TaktTest::maps(*document).metrics(current);
    QCOMPARE(metrics.measuredCycleTimes.size(), 1);
    const MapElement *labeling = current.element(metrics.measuredCycleTimes.keys().first());
    QCOMPARE(labeling->name, QStringLiteral("Labeling"));
    const MeasuredSpread spread = *metrics.measuredCycleTimes.constBegin();
    QCOMPARE(spread.sourceName, QStringLiteral("Labeling cycle time per batch"));
    QCOMPARE(metrics.spreadText(spread), QStringLiteral("4–9 h, n = 30"));
    QCOMPARE(spread.median, 6 * 3600.0);
}

void tst_Example::actionsLeaveTheRoom()
{
    QString error;
    auto document
        = Document::open(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), &error, Document::Access::ReadOnly);
    QVERIFY2(document, qPrintable(error));
    const auto &actions = ActionStore::of(*document)->actions().items();
    QCOMPARE(actions.size(), 13); // 12 from the CSV, 1 from the parking lot
    int open = 0, overdue = 0, nonLatin = 0;
    for (const ActionItem &a : actions) {
        open += a.isOpen();
        overdue += a.isOverdue(QDate(2026, 12, 2)); // the day after the workshop's follow-up
        nonLatin += a.owner.contains(QStringLiteral("王")) || a.owner.contains(QStringLiteral("М"));
        QVERIFY2(!a.verifiesOwnWork(), qPrintable(a.what)); // the example practises it
    }
    QCOMPARE(open, 8);
    QCOMPARE(overdue, 3);
    QCOMPARE(nonLatin, 2);
    // Every action but the archived checklist is linked to the step, KPI or topic it treats.
    int linked = 0;
    for (const ActionItem &a : actions)
        linked += ActionStore::of(*document)->sourceOf(a.id) != 0;
    QCOMPARE(linked, 12);
}

void tst_Example::attendanceOfTwoDays()
{
    QString error;
    auto document
        = Document::open(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), &error, Document::Access::ReadOnly);
    QVERIFY2(document, qPrintable(error));
    const AttendanceStore &attendance = *AttendanceStore::of(*document);
    QCOMPARE(attendance.participants().items().size(), 8);
    QCOMPARE(attendance.dayCount(), 2);
    QCOMPARE(attendance.presentOn(1), 7); // Мария Иванова joined on day 2
    QCOMPARE(attendance.presentOn(2), 7); // Lars Nilsson left after day 1
    // Every owner and verifier of the example's actions took part: each is offered.
    const QStringList people = EntityNames::people(*document);
    for (const ActionItem &a : ActionStore::of(*document)->actions().items()) {
        QVERIFY2(people.contains(a.owner), qPrintable(a.owner));
        QVERIFY2(a.verifier.isEmpty() || people.contains(a.verifier), qPrintable(a.verifier));
    }
}

void tst_Example::agendaPlannedAgainstActual()
{
    QString error;
    auto document
        = Document::open(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), &error, Document::Access::ReadOnly);
    QVERIFY2(document, qPrintable(error));
    const AgendaStore &agenda = *AgendaStore::of(*document);
    // Twelve items over two days, and the topic the parking lot carried to day 2.
    QCOMPARE(agenda.items().items().size(), 13);
    QCOMPARE(agenda.lastDay(), 2);
    QCOMPARE(agenda.plannedOn(1), 235 * 60.0);
    QCOMPARE(agenda.actualOn(1), 258 * 60.0);
    QCOMPARE(agenda.plannedOn(2), 285 * 60.0);
    QCOMPARE(agenda.actualOn(2), 287 * 60.0);
    QCOMPARE(agenda.balance(), 35 * 60.0);
    QCOMPARE(agenda.items().items().last().title, QStringLiteral("Should labeling move in-house?"));
    QVERIFY(!agenda.items().items().last().isRun());
    // The items about an artefact are linked to it.
    int linked = 0;
    for (const AgendaItem &i : agenda.items().items())
        linked += agenda.aboutOf(i.id) != 0;
    QCOMPARE(linked, 3);
}

void tst_Example::ideasWithAClosedRound()
{
    QString error;
    auto document
        = Document::open(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), &error, Document::Access::ReadOnly);
    QVERIFY2(document, qPrintable(error));
    const IdeaStore &ideas = *IdeaStore::of(*document);
    QCOMPARE(ideas.ideas().items().size(), 10);
    QCOMPARE(ideas.currentRound(), EntityId(0)); // none open
    const EntityId round = ideas.lastClosedRound();
    QVERIFY(round);
    // Seven present on day 2, three dots each: 21 dots, the first and third ideas ahead.
    int dots = 0, quickWins = 0;
    for (const KaizenIdea &i : ideas.ideas().items()) {
        dots += ideas.tallyOf(round, i.id);
        quickWins += i.isQuickWin();
    }
    QCOMPARE(dots, 21);
    QCOMPARE(quickWins, 3);
    QCOMPARE(ideas.tallyOf(round, ideas.ideaNumbered(1)), 5);
    QCOMPARE(ideas.tallyOf(round, ideas.ideaNumbered(3)), 5);
    QCOMPARE(ideas.tallyOf(round, ideas.ideaNumbered(7)), 0);
    // Linked to the steps they are about, and the steps know them.
    const EntityId labeling = ideas.aboutOf(ideas.ideaNumbered(1));
    QVERIFY(labeling);
    QCOMPARE(ideas.ideasAbout(labeling), QList<EntityId> {ideas.ideaNumbered(1)});
    // The example's actions follow from ideas, a kaizen burst and a parked topic too.
    int fromIdeas = 0;
    for (const KaizenIdea &i : ideas.ideas().items())
        fromIdeas += int(FollowUps::of(*document, i.id).size());
    QCOMPARE(fromIdeas, 3);
    const ActionStore &actions = *ActionStore::of(*document);
    const EntityId burst
        = EntityNames::find(*document, QStringLiteral("4 days waiting for a sign-off nobody owns"));
    QVERIFY(burst);
    int fromBurst = 0;
    for (const ActionItem &a : actions.actions().items())
        fromBurst += actions.sourceOf(a.id) == burst;
    QCOMPARE(fromBurst, 1);
}

QTEST_GUILESS_MAIN(tst_Example)
#include "tst_example.moc"
