#include "document/document.h"
#include "testsupport.h"
#include "vsm/addremovemap.h"
#include "vsm/valuestreammap.h"
#include "vsm/vsmjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

class tst_VsmJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TaktTest::isolateAppData(); }
    void importsSharedExampleInClassicLayout();
    void roundTripKeepsEverything();
    void roundTripThroughDocument();
    void badInput_data();
    void badInput();
};

namespace {
std::unique_ptr<ValueStreamMap> read(const QByteArray &json, QString *error)
{
    EntityId next = 1;
    return VsmJson::read(
        json, [&] { return next++; }, error);
}
QByteArray example()
{
    return TaktTest::readAll(QStringLiteral(TAKT_SHARED_EXAMPLES "/ml-retraining-current.json"));
}
} // namespace

void tst_VsmJson::importsSharedExampleInClassicLayout()
{
    QString error;
    auto map = read(example(), &error);
    QVERIFY2(map, qPrintable(error));
    QCOMPARE(map->elements().size(), 12); // supplier, 10 steps, customer
    QCOMPARE(map->connectors().size(), 11);
    const MapElement &supplier = map->elements().first();
    const MapElement &customer = map->elements().last();
    QCOMPARE(supplier.kind, ElementKind::Supplier);
    QCOMPARE(customer.kind, ElementKind::Customer);
    QCOMPARE(customer.name, QStringLiteral("Fraud scoring service"));
    // Supplier top left, customer top right, the steps in one row below, left to right.
    const double row = map->elements().at(1).pos.y();
    QVERIFY(supplier.pos.y() < row && customer.pos.y() < row);
    QVERIFY(customer.pos.x() > supplier.pos.x());
    for (int i = 2; i < 11; ++i) {
        QCOMPARE(map->elements().at(i).pos.y(), row);
        QVERIFY(map->elements().at(i).pos.x() > map->elements().at(i - 1).pos.x());
    }
    const MapElement &training = map->elements().at(6);
    QCOMPARE(training.name, QStringLiteral("Training"));
    QCOMPARE(training.uptime.value_or(0), 0.9);
    QCOMPARE(training.attributes.value(0).first, QStringLiteral("GPU hours"));
}

void tst_VsmJson::roundTripKeepsEverything()
{
    const QByteArray full = R"({"format":"takt-vsm","version":1,"name":"Full","state":"future",
      "demand_per_day":600,"available_time_per_day":"460 min","supplier":"S","customer":"C",
      "notes":"n","time_unit":"h","steps":[
      {"type":"inventory","name":"In","count":4600,"demand_per_day":600,"notes":"x"},
      {"type":"process","name":"P","cycle_time":"39 s","changeover":"10 min","uptime":0.85,
       "operators":1,"shifts":2,"batch":1,"value_added":"35 s","complete_accurate":0.9,
       "wip_limit":5,"on_timeline":false,"attributes":{"key":"value"},"notes":"y"},
      {"type":"inventory","name":"Out","wait":"1.5 d"}]})";
    QString error;
    auto map = read(full, &error);
    QVERIFY2(map, qPrintable(error));
    QStringList leftOut;
    const QJsonObject written = QJsonDocument::fromJson(VsmJson::write(*map, &leftOut)).object();
    QCOMPARE(written, QJsonDocument::fromJson(full).object());
    QVERIFY(leftOut.isEmpty());
    // What version 1 cannot hold is named, not dropped silently.
    MapElement burst;
    burst.id = 999;
    burst.kind = ElementKind::KaizenBurst;
    burst.name = QStringLiteral("Automate labeling");
    map->insertElement(0, burst);
    VsmJson::write(*map, &leftOut);
    QCOMPARE(leftOut, QStringList {"Automate labeling"});
}

void tst_VsmJson::roundTripThroughDocument()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roundtrip.takt"));
    QString error;
    auto document = Document::createNew(&error);
    auto map = VsmJson::read(
        example(), [&] { return document->newId(); }, &error);
    QVERIFY(map);
    document->undoStack()->push(new AddMap(document.get(), map.release()));
    QVERIFY(document->save(path, &error));
    document.reset();
    auto reopened = Document::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    const QJsonObject original = QJsonDocument::fromJson(example()).object();
    QCOMPARE(
        QJsonDocument::fromJson(VsmJson::write(*TaktTest::maps(*reopened).maps().first())).object(),
        original);
}

void tst_VsmJson::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray head = R"({"format":"takt-vsm","version":1,"name":"m","steps":[)";
    QTest::newRow("malformed JSON")
        << QByteArray(R"({"format": "takt-vsm",, })") << "not valid JSON at line 1, column";
    QTest::newRow("not takt-vsm") << QByteArray(R"({"format":"drawio"})") << "\"format\"";
    QTest::newRow("newer version") << QByteArray(R"({"format":"takt-vsm","version":2})")
                                   << "version 2 is newer than this Takt reads (1)";
    QTest::newRow("unknown map field")
        << QByteArray(R"({"format":"takt-vsm","version":1,"colour":1})")
        << "field \"colour\": unknown field";
    QTest::newRow("unknown step field")
        << head + R"({"type":"process","name":"Train","cycletime":"2 h"}]})"
        << "step 1 \"Train\", field \"cycletime\": unknown field";
    QTest::newRow("unknown type") << head + R"({"type":"robot","name":"R"}]})"
                                  << "step 1 \"R\", field \"type\": unknown type \"robot\"";
    QTest::newRow("negative duration")
        << head
            + R"({"type":"process","name":"A"},{"type":"process","name":"B","cycle_time":"-2 h"}]})"
        << "step 2 \"B\", field \"cycle_time\": a duration cannot be negative (\"-2 h\")";
    QTest::newRow("unparsable duration")
        << head + R"({"type":"inventory","name":"Q","wait":"a while"}]})"
        << "step 1 \"Q\", field \"wait\": \"a while\" is not a duration";
    QTest::newRow("duration without unit")
        << head + R"({"type":"process","name":"P","cycle_time":"45"}]})"
        << "field \"cycle_time\": \"45\" has no unit";
    QTest::newRow("WIP limit 0") << head + R"({"type":"process","name":"P","wip_limit":0}]})"
                                 << "step 1 \"P\", field \"wip_limit\": 0 is less than 1";
    QTest::newRow("count without demand")
        << head + R"({"type":"inventory","name":"Q","count":8}]})"
        << "step 1 \"Q\", field \"count\": a count needs a demand";
    QTest::newRow("%C&A over 1") << head
            + R"({"type":"process","name":"P","complete_accurate":90}]})"
                                 << "field \"complete_accurate\": 90 is outside 0 to 1";
    QTest::newRow("no demand") << QByteArray(
        R"({"format":"takt-vsm","version":1,"demand_per_day":0})")
                               << "field \"demand_per_day\": must be more than 0";
    QTest::newRow("more than a day")
        << QByteArray(R"({"format":"takt-vsm","version":1,"available_time_per_day":"30 h"})")
        << "field \"available_time_per_day\": 1.25 d is more than a day of 24 h";
    QTest::newRow("operators not whole")
        << head + R"({"type":"process","name":"P","operators":1.5}]})"
        << "field \"operators\": 1.5 is not a whole number";
}

void tst_VsmJson::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!read(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_VsmJson)
#include "tst_vsmjson.moc"
