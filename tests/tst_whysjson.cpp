#include "fishbone/fishbonejson.h"
#include "whys/fivewhysjson.h"
#include "whys/whysguidance.h"

#include <QJsonDocument>
#include <QTest>

using namespace Takt;

/** The takt-whys format (issue 8): a branching tree read and written back field for field,
 *  and every bad file refused naming the cause by its place and the field. */
class tst_WhysJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryField();
    void badFilesNameTheCauseAndField_data();
    void badFilesNameTheCauseAndField();
    void guidanceReadsBackAndPointsOut();
    void fishboneRoundTripAndBadFiles();

private:
    static FiveWhysJson::NewId ids()
    {
        auto next = std::make_shared<EntityId>(0);
        return [next] { return ++*next; };
    }
};

namespace {
// clang-format off
const QByteArray Example = R"json({
  "format": "takt-whys", "version": 1, "name": "Retraining requests take 15 days",
  "problem": "A retraining request takes 14.7 d from drift alert to deployment (takt 4 h)",
  "date": "2026-11-25", "team": "Fraud ML platform", "scope": "Retraining pipeline",
  "causes": [
    {"text": "Labeling waits for a batch of 2,000 items", "evidence": "Queue logs, 30 batches",
     "status": "confirmed", "status_by": "Priya Raman", "status_on": "2026-11-25",
     "causes": [
       {"text": "The labeling vendor's contract is per batch", "status": "confirmed",
        "root_cause": true,
        "countermeasures": [{"text": "Label in batches of 50", "owner": "王芳",
                             "due": "2026-12-18", "figure": "lead time", "expected": "−6 d"}]}]},
    {"text": "The sign-off has no owner", "status": "hypothesis",
     "causes": [{"text": "Nobody was asked to own it", "status": "ruled_out"}]}
  ]})json";
// clang-format on
} // namespace

void tst_WhysJson::roundTripKeepsEveryField()
{
    QString error;
    const auto tree = FiveWhysJson::read(Example, ids(), &error);
    QVERIFY2(tree, qPrintable(error));
    QCOMPARE(tree->analysis.name, QStringLiteral("Retraining requests take 15 days"));
    QCOMPARE(tree->analysis.date, QDate(2026, 11, 25));
    QCOMPARE(tree->causes.size(), 4);
    QCOMPARE(tree->children(0).size(), 2); // two branches from the problem
    const WhyCause *root = tree->children(tree->children(0).first()->id).first();
    QVERIFY(root->rootCause);
    QCOMPARE(root->status, WhyCause::Status::Confirmed);
    QCOMPARE(tree->children(0).first()->statusBy, QStringLiteral("Priya Raman"));
    QCOMPARE(tree->countermeasuresOf(root->id).size(), 1);
    QCOMPARE(tree->countermeasuresOf(root->id).first()->owner, QStringLiteral("王芳"));
    QCOMPARE(tree->countermeasuresOf(root->id).first()->due, QDate(2026, 12, 18));
    QCOMPARE(tree->causes.last().status, WhyCause::Status::RuledOut);
    // Written and read again: the same tree, the same JSON.
    const QByteArray written = FiveWhysJson::write(*tree);
    const auto again = FiveWhysJson::read(written, ids(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(FiveWhysJson::write(*again), written);
    QCOMPARE(QJsonDocument::fromJson(written).object(),
             QJsonDocument::fromJson(FiveWhysJson::write(*again)).object());
    QCOMPARE(again->causes.size(), 4);
    QCOMPARE(again->countermeasures.first().expected, QStringLiteral("−6 d"));
}

void tst_WhysJson::badFilesNameTheCauseAndField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const auto whys = [](const char *rest) {
        return QByteArray(R"({"format": "takt-whys", "version": 1, "name": "N", )") + rest + "}";
    };
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("line 1");
    QTest::newRow("another format") << QByteArray(R"({"format": "takt-vsm", "version": 1})")
                                    << QStringLiteral("not a takt-whys file");
    QTest::newRow("newer version")
        << QByteArray(R"({"format": "takt-whys", "version": 2})") << QStringLiteral("version 2");
    QTest::newRow("no name") << QByteArray(R"({"format": "takt-whys", "version": 1})")
                             << QStringLiteral("field \"name\": empty");
    QTest::newRow("unknown key") << whys(R"("problme": "x")")
                                 << QStringLiteral("\"problme\" is not a field");
    QTest::newRow("causes not a list")
        << whys(R"("causes": {})") << QStringLiteral("causes: write a list");
    QTest::newRow("cause not an object")
        << whys(R"("causes": ["why"])") << QStringLiteral("causes[0]: a cause is written as");
    QTest::newRow("empty cause") << whys(R"("causes": [{"text": " "}])")
                                 << QStringLiteral("causes[0], field \"text\": empty");
    QTest::newRow("bad status")
        << whys(R"("causes": [{"text": "a", "causes": [{"text": "b", "status": "maybe"}]}])")
        << QStringLiteral("causes[0].causes[0], field \"status\": \"maybe\"");
    QTest::newRow("root cause not bool")
        << whys(R"("causes": [{"text": "a", "root_cause": "yes"}])")
        << QStringLiteral("field \"root_cause\": write true or false");
    QTest::newRow("text a number") << whys(R"("causes": [{"text": 5}])")
                                   << QStringLiteral("causes[0], field \"text\": write text");
    QTest::newRow("bad due") << whys(
        R"("causes": [{"text": "a", "countermeasures": [{"text": "c", "due": "next week"}]}])")
                             << QStringLiteral(
                                    "causes[0].countermeasures[0], field \"due\": \"next week\"");
    QTest::newRow("empty countermeasure")
        << whys(R"("causes": [{"text": "a", "countermeasures": [{"owner": "Ana"}]}])")
        << QStringLiteral("countermeasures[0], field \"text\": empty");
    QTest::newRow("evidence figure not an object")
        << whys(R"("causes": [{"text": "a", "evidence_figure": "Labeling"}])")
        << QStringLiteral("causes[0], field \"evidence_figure\": write {");
    QTest::newRow("evidence figure without a figure")
        << whys(R"("causes": [{"text": "a", "evidence_figure": {"map": "Current state"}}])")
        << QStringLiteral("field \"evidence_figure\": name the map and the figure");
    QByteArray deep = R"({"format": "takt-whys", "version": 1, "name": "N", "causes": )";
    for (int i = 0; i < 70; ++i)
        deep += R"([{"text": "w", "causes": )";
    deep += "[]";
    for (int i = 0; i < 70; ++i)
        deep += "}]";
    deep += "}";
    QTest::newRow("too deep") << deep << QStringLiteral("nested deeper than 64");
}

void tst_WhysJson::badFilesNameTheCauseAndField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!FiveWhysJson::read(json, ids(), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void tst_WhysJson::guidanceReadsBackAndPointsOut()
{
    QString error;
    auto tree = FiveWhysJson::read(Example, ids(), &error);
    QVERIFY2(tree, qPrintable(error));
    using Kind = WhysHint::Kind;
    const auto of = [&](Kind kind) {
        QStringList texts;
        for (const WhysHint &h : WhysGuidance::hints(*tree))
            if (h.kind == kind)
                texts << h.text;
        return texts;
    };
    // The root cause read backwards, up to the problem.
    QCOMPARE(of(Kind::ReadBack),
             QStringList {QStringLiteral(
                 "Read it back: The labeling vendor's contract is per batch, therefore Labeling "
                 "waits for a batch of 2,000 items, therefore A retraining request takes 14.7 d "
                 "from drift alert to deployment (takt 4 h). Would the problem recur if “The "
                 "labeling vendor's contract is per batch” were fixed?")});
    QVERIFY(of(Kind::Unconfirmed).isEmpty()); // both links confirmed
    // The sign-off branch ends in a ruled-out cause and a hypothesis above it: the hypothesis
    // has children, the ruled-out leaf is no branch to pursue; nothing to point out there.
    QVERIFY(of(Kind::NoRootCause).isEmpty());
    // The first link turned back to a hypothesis: the root cause rests on it.
    tree->causes[0].status = WhyCause::Status::Hypothesis;
    QCOMPARE(of(Kind::Unconfirmed).size(), 1);
    QVERIFY2(of(Kind::Unconfirmed).first().contains(QStringLiteral("not confirmed yet")),
             qPrintable(of(Kind::Unconfirmed).first()));
    // A new leaf that is not a root cause: its branch ends without one.
    WhyCause leaf;
    leaf.id = 1000;
    leaf.parent = tree->causes[2].id;
    leaf.text = QStringLiteral("Approvers are on call");
    tree->causes << leaf;
    QCOMPARE(of(Kind::NoRootCause).size(), 1);
    // Eight whys deep: pointed out once, at the eighth.
    EntityId parent = 0;
    FiveWhysTree deep;
    for (int level = 1; level <= 9; ++level) {
        WhyCause c;
        c.id = 2000 + level;
        c.parent = parent;
        c.text = QStringLiteral("why %1").arg(level);
        c.rootCause = level == 9;
        deep.causes << c;
        parent = c.id;
    }
    int tooDeep = 0;
    for (const WhysHint &h : WhysGuidance::hints(deep))
        tooDeep += h.kind == Kind::TooDeep;
    QCOMPARE(tooDeep, 1);
}

void tst_WhysJson::fishboneRoundTripAndBadFiles()
{
    // clang-format off
    const QByteArray fishbone = R"json({"format": "takt-fishbone", "version": 1,
      "name": "Precision dropped", "effect": "Fraud model precision fell from 0.91 to 0.84",
      "categories": [
        {"name": "Data", "causes": [{"text": "Label drift in the new batch", "likely": true,
                                     "causes": [{"text": "A new labeling vendor"}]}]},
        {"name": "Model", "causes": [{"text": "Threshold not re-tuned"}]},
        {"name": "Monitoring", "causes": []}]})json";
    // clang-format on
    QString error;
    const auto tree = FishboneJson::read(fishbone, ids(), &error);
    QVERIFY2(tree, qPrintable(error));
    QCOMPARE(tree->categories.size(), 3);
    QCOMPARE(tree->causes.size(), 3);
    const EntityId data = tree->categories.first().id;
    QCOMPARE(tree->causesOf(data).size(), 1);
    QVERIFY(tree->causesOf(data).first()->likely);
    const EntityId drift = tree->causesOf(data).first()->id;
    QCOMPARE(tree->causesOf(drift).first()->text, QStringLiteral("A new labeling vendor"));
    QCOMPARE(tree->categoryOf(tree->causesOf(drift).first()->id), data);
    QCOMPARE(tree->categoryOf(data), data);
    const QByteArray written = FishboneJson::write(*tree);
    const auto again = FishboneJson::read(written, ids(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(FishboneJson::write(*again), written);
    QCOMPARE(FishboneTree::sixM().size(), 6);
    QCOMPARE(FishboneTree::aiOperations().first(), QStringLiteral("Data"));
    const QList<QPair<QByteArray, QString>> bad {
        {R"({"format": "takt-whys", "version": 1})", QStringLiteral("not a takt-fishbone file")},
        {R"({"format": "takt-fishbone", "version": 1, "name": " "})",
         QStringLiteral("field \"name\": empty")},
        {R"({"format": "takt-fishbone", "version": 1, "name": "N", "categories": [{"name": "D", "causes": [{"text": "a", "likely": "no"}]}]})",
         QStringLiteral("categories[0].causes[0], field \"likely\": write true or false")},
        {R"({"format": "takt-fishbone", "version": 1, "name": "N", "categories": [{"causes": []}]})",
         QStringLiteral("categories[0], field \"name\": empty")},
        {R"({"format": "takt-fishbone", "version": 1, "name": "N", "categories": [{"name": "D", "causes": [{"txt": "a"}]}]})",
         QStringLiteral("\"txt\" is not a field of the takt-fishbone format")}};
    for (const auto &[json, message] : bad) {
        QVERIFY(!FishboneJson::read(json, ids(), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(tst_WhysJson)
#include "tst_whysjson.moc"
