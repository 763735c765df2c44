#include "a3/a3json.h"
#include "a3/pdca.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Takt;

/** The A3's sheet and its PDCA cycle: the example read and written back key for key, the
 *  stages moved one at a time, a missed target told from a met one in either direction, and
 *  bad files refused with the section or step and the field named. */
class tst_A3 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exampleRoundTrips();
    void pdcaMovesOneStageAtATime();
    void targetMetFollowsTheGoalsDirection();
    void badFilesAreRefused_data();
    void badFilesAreRefused();
};

static EntityId nextId()
{
    static EntityId id = 0;
    return ++id;
}

void tst_A3::exampleRoundTrips()
{
    const QByteArray file
        = TaktTest::readAll(QStringLiteral(TAKT_RESOURCE_EXAMPLES "/labeling-a3.json"));
    QString error;
    const auto sheet = A3Json::read(file, nextId, &error);
    QVERIFY2(sheet, qPrintable(error));
    const A3Report &r = sheet->report;
    QCOMPARE(r.name, QStringLiteral("Labeling backlog"));
    QCOMPARE(r.stage, A3Report::Stage::Do);
    QCOMPARE(r.coach, QStringLiteral("Zoë Martin"));
    QVERIFY(r.analysis.contains(QStringLiteral("- the labeling contract")));
    QCOMPARE(r.whys, QStringLiteral("Retraining requests take 15 days"));
    QCOMPARE(r.baseline, std::optional<double>(4));
    QCOMPARE(r.target, std::optional<double>(1));
    QCOMPARE(r.targetBy, QDate(2027, 1, 31));
    QVERIFY(!r.result);
    QCOMPARE(sheet->history.size(), 2);
    QCOMPARE(sheet->history.last().stage, A3Report::Stage::Do);
    QCOMPARE(sheet->history.last().report, r.id);
    // Written back, the same keys and values as the file.
    QCOMPARE(QJsonDocument::fromJson(A3Json::write(*sheet)).object(),
             QJsonDocument::fromJson(file).object());
}

void tst_A3::pdcaMovesOneStageAtATime()
{
    using S = A3Report::Stage;
    QVERIFY(Pdca::canMove(S::Plan, S::Do));
    QVERIFY(Pdca::canMove(S::Do, S::Check));
    QVERIFY(Pdca::canMove(S::Check, S::Act));
    QVERIFY(Pdca::canMove(S::Act, S::Done));
    QVERIFY(Pdca::canMove(S::Check, S::Plan)); // a missed target reopens the analysis
    QVERIFY(Pdca::canMove(S::Act, S::Plan)); // another turn
    QVERIFY(!Pdca::canMove(S::Plan, S::Check)); // Do is not skipped
    QVERIFY(!Pdca::canMove(S::Do, S::Plan));
    QVERIFY(!Pdca::canMove(S::Done, S::Plan));
    QVERIFY(!Pdca::canMove(S::Do, S::Do));
    QCOMPARE(Pdca::next(S::Done), S::Done);
    QCOMPARE(Pdca::quarters(S::Plan), 0);
    QCOMPARE(Pdca::quarters(S::Check), 2);
    QCOMPARE(Pdca::quarters(S::Done), 4);
}

void tst_A3::targetMetFollowsTheGoalsDirection()
{
    A3Report wait; // lower is better: from 4 days to 1
    wait.baseline = 4;
    wait.target = 1;
    QVERIFY(!Pdca::targetMet(wait)); // no result yet
    wait.result = 1.5;
    QCOMPARE(Pdca::targetMet(wait), std::optional<bool>(false));
    wait.result = 1;
    QCOMPARE(Pdca::targetMet(wait), std::optional<bool>(true));
    A3Report throughput; // higher is better: from 300 a day to 500
    throughput.baseline = 300;
    throughput.target = 500;
    throughput.result = 450;
    QCOMPARE(Pdca::targetMet(throughput), std::optional<bool>(false));
    throughput.result = 520;
    QCOMPARE(Pdca::targetMet(throughput), std::optional<bool>(true));
}

void tst_A3::badFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("named");
    const QByteArray head = R"({"format": "takt-a3", "version": 1, "name": "A")";
    QTest::newRow("other format") << QByteArray(R"({"format": "takt-whys", "version": 1})")
                                  << QStringLiteral("not a takt-a3 file");
    QTest::newRow("version") << QByteArray(R"({"format": "takt-a3", "version": 2, "name": "A"})")
                             << QStringLiteral("version 2");
    QTest::newRow("no name") << QByteArray(R"({"format": "takt-a3", "version": 1, "name": " "})")
                             << QStringLiteral("field \"name\"");
    QTest::newRow("stage") << head + R"(, "stage": "doing"})"
                           << QStringLiteral("field \"stage\": \"doing\" is not one of plan");
    QTest::newRow("section") << head + R"(, "sections": {"backgrund": ""}})"
                             << QStringLiteral("\"backgrund\"");
    QTest::newRow("section type") << head + R"(, "sections": {"goal": 5}})"
                                  << QStringLiteral("sections, field \"goal\"");
    QTest::newRow("target") << head + R"(, "target": {"target": "one"}})"
                            << QStringLiteral("target, field \"target\": write a number");
    QTest::newRow("target date") << head + R"(, "target": {"by": "31.01.2027"}})"
                                 << QStringLiteral("target, field \"by\"");
    QTest::newRow("history stage") << head + R"(, "history": [{"on": "2026-11-24"}]})"
                                   << QStringLiteral("history[0], field \"stage\"");
    QTest::newRow("history date") << head + R"(, "history": [{"stage": "do", "on": "soon"}]})"
                                  << QStringLiteral("history[0], field \"on\"");
    QTest::newRow("result") << head + R"(, "result": "good"})"
                            << QStringLiteral("field \"result\": write a number");
}

void tst_A3::badFilesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, named);
    QString error;
    QVERIFY(!A3Json::read(json, nextId, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
}

QTEST_MAIN(tst_A3)
#include "tst_a3.moc"
