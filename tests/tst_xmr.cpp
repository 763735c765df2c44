#include "kpi/xmrchart.h"

#include <QTest>

using namespace Takt;

using Signals = QList<XmrChart::Signal>;
Q_DECLARE_METATYPE(Signals)

/**
 * The XmR chart's limits and rules on data whose expected values are derived by hand below,
 * from the formulas alone. Every rule has a case that breaks it and a near miss that does not.
 */
class tst_Xmr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limitsByHand();
    void rules_data();
    void rules();
    void phasesHaveTheirOwnLimits();
    void baselineFreezesTheLimits();
    void fewPointsAreProvisional();
};

namespace {
/*
 * The baseline: 10, 12, 11, 13, 12, 11, 12, 13, 12, 11 (its last point below the centre).
 *   X̄  = 117 / 10 = 11.7
 *   mR = 2, 1, 2, 1, 1, 1, 1, 1, 1 → mR̄ = 11 / 9 = 1.222…
 *   σ̂  = mR̄ / 1.128 = 1.08353…      1σ̂ line 12.7835, 2σ̂ line 13.8671, 3σ̂ line 14.9506
 *   UNPL = 11.7 + 2.66 · 11/9 = 14.9511; LNPL = 8.4489; URL = 3.268 · 11/9 = 3.99422
 */
const QList<double> Baseline = {10, 12, 11, 13, 12, 11, 12, 13, 12, 11};

XmrChart::Result withBaseline(const QList<double> &tail)
{
    return XmrChart::analyse(Baseline + tail, {{0, int(Baseline.size())}});
}
} // namespace

void tst_Xmr::limitsByHand()
{
    const XmrChart::Limits l = XmrChart::limits(Baseline, 0, 10);
    QCOMPARE(l.points, 10);
    QCOMPARE(l.centre, 11.7);
    QVERIFY(qFuzzyCompare(l.mrBar, 11.0 / 9));
    QVERIFY(qFuzzyCompare(l.unpl, 11.7 + 2.66 * 11.0 / 9));
    QVERIFY(qFuzzyCompare(l.lnpl, 11.7 - 2.66 * 11.0 / 9));
    QVERIFY(qFuzzyCompare(l.url, 3.268 * 11.0 / 9));
    QVERIFY(qFuzzyCompare(l.sigma(), 11.0 / 9 / 1.128));
    QVERIFY(qAbs(l.unpl - 14.95111) < 1e-5 && qAbs(l.lnpl - 8.44889) < 1e-5);
    QVERIFY(qAbs(l.url - 3.99422) < 1e-5);
    // The baseline itself is predictable: no signal at all.
    QVERIFY(XmrChart::analyse(Baseline).signalsFound.isEmpty());
}

void tst_Xmr::rules_data()
{
    using R = XmrChart::Rule;
    QTest::addColumn<QList<double>>("tail"); // appended after the baseline, from index 10
    QTest::addColumn<Signals>("expected");
    // Rule 1: 15.0 > 14.9506; the jump from 11 is 4.0 > 3.99422, so "mr" too.
    QTest::newRow("1: beyond 3σ") << QList<double> {15.0}
                                  << Signals {{10, R::Beyond3Sigma}, {10, R::MovingRange}};
    QTest::newRow("1: near miss") << QList<double> {14.9} << Signals {}; // mR 3.9
    // Rule 2: 14.0 > 13.8671 twice in three; reported at the last, itself beyond.
    QTest::newRow("2: two of three")
        << QList<double> {14.0, 12.0, 14.0} << Signals {{12, R::TwoOfThree}};
    QTest::newRow("2: two of four") << QList<double> {14.0, 12.0, 12.0, 14.0} << Signals {};
    QTest::newRow("2: last not beyond")
        << QList<double> {14.0, 14.0, 12.0} << Signals {{11, R::TwoOfThree}};
    // Rule 3: 13.0 > 12.7835 four times in five.
    QTest::newRow("3: four of five")
        << QList<double> {13.0, 13.0, 12.0, 13.0, 13.0} << Signals {{14, R::FourOfFive}};
    QTest::newRow("3: three of five") << QList<double> {13.0, 13.0, 12.0, 12.0, 13.0} << Signals {};
    // Rule 4: 12.0 > 11.7 eight times in a row: the 8th and every later point of the run.
    QTest::newRow("4: run of nine")
        << QList<double>(9, 12.0) << Signals {{17, R::RunOfEight}, {18, R::RunOfEight}};
    QList<double> broken(7, 12.0);
    broken << 11.7 << 12.0; // exactly on the centre line: the run ends
    QTest::newRow("4: run broken on the line") << broken << Signals {};
    // "mr": 10 → 14 is a jump of 4.0 > 3.99422, at the later point.
    QTest::newRow("mr: a jump") << QList<double> {10.0, 14.0} << Signals {{11, R::MovingRange}};
    QTest::newRow("mr: near miss") << QList<double> {10.0, 13.9} << Signals {};
}

void tst_Xmr::rules()
{
    QFETCH(QList<double>, tail);
    QFETCH(Signals, expected);
    const XmrChart::Result r = withBaseline(tail);
    QCOMPARE(r.phases.size(), 1);
    QCOMPARE(r.phases.first().limits.points, 10); // frozen at the baseline
    QCOMPARE(r.signalsFound, expected);
}

void tst_Xmr::phasesHaveTheirOwnLimits()
{
    // A process change at index 10: the second phase is the baseline shifted up by 10.
    QList<double> shifted;
    for (double x : Baseline)
        shifted << x + 10;
    const XmrChart::Result r = XmrChart::analyse(Baseline + shifted, {{0, 0}, {10, 0}});
    QCOMPARE(r.phases.size(), 2);
    QCOMPARE(r.phases.at(1).start, 10);
    QCOMPARE(r.phases.at(1).end, 20);
    QVERIFY(qFuzzyCompare(r.phases.at(1).limits.centre, 21.7));
    QVERIFY(qFuzzyCompare(r.phases.at(1).limits.mrBar, 11.0 / 9)); // the jump is not counted
    QVERIFY(!r.movingRanges.at(10).has_value()); // a phase starts its moving ranges afresh
    QVERIFY(r.signalsFound.isEmpty());
    // One phase over both: the shift is a run above the centre (16.7) and more.
    const XmrChart::Result one = XmrChart::analyse(Baseline + shifted);
    QVERIFY(one.signalsFound.contains(XmrChart::Signal {17, XmrChart::Rule::RunOfEight}));
}

void tst_Xmr::baselineFreezesTheLimits()
{
    const XmrChart::Result r = withBaseline(QList<double>(5, 100.0));
    QCOMPARE(r.phases.first().limits.centre, 11.7); // the later points change nothing
    QVERIFY(r.signalsFound.contains(XmrChart::Signal {10, XmrChart::Rule::Beyond3Sigma}));
}

void tst_Xmr::fewPointsAreProvisional()
{
    QVERIFY(XmrChart::limits(Baseline, 0, 9).provisional());
    QVERIFY(!XmrChart::limits(Baseline, 0, 10).provisional());
    const XmrChart::Limits one = XmrChart::limits({5.0}, 0, 1);
    QCOMPARE(one.centre, 5.0);
    QCOMPARE(one.mrBar, 0.0);
    QVERIFY(XmrChart::analyse({}).phases.isEmpty());
}

QTEST_APPLESS_MAIN(tst_Xmr)
#include "tst_xmr.moc"
