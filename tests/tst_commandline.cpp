#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTest>

/** The command line is part of the product: exit 0 on success, 2 on bad input, with a
 *  message naming the file, the item and the field; nothing written on failure. */
class tst_CommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionAndHelp();
    void infoAndCheck();
    void badFilesExitTwo_data();
    void badFilesExitTwo();
    void metricsJsonMatchesHandComputedTable();
    void metricsTable();
    void mapImportCreatesDocumentAndExportRoundTrips();
    void badImportWritesNothing_data();
    void badImportWritesNothing();
    void unknownMapIsNamed();
    void importReadsAnyFormatByItsName_data();
    void importReadsAnyFormatByItsName();
    void exportOneItemAsJsonOrPdf();
    void windowOpensAndQuitsCleanly();
    void withoutDisplayHelpWorksAndWindowsAreRefused();
    void readingCommandsWorkWhileAWindowHasTheFile();
    void kpiImportAndChart();
    void badKpiInputWritesNothing();
    void actionsListImportAndExport();
    void attendanceImportAndList();
    void ideasRankedByTheirDots();
    void openActionsOfAnEarlierWorkshop();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run takt(const QStringList &arguments);
    QTemporaryDir m_dir;
    QString m_example;
};

void tst_CommandLine::initTestCase()
{
    m_example = m_dir.filePath(QStringLiteral("example.takt"));
    QVERIFY(QFile::copy(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), m_example));
    QFile::setPermissions(m_example, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void tst_CommandLine::attendanceImportAndList()
{
    const QString csvPath = m_dir.filePath(QStringLiteral("people.csv"));
    const QString doc = m_dir.filePath(QStringLiteral("attendance.takt"));
    // A bad row: refused whole, named by file, line and field; no document made.
    QVERIFY(TaktTest::writeFile(csvPath, "Name,Role\nAna Lima,Coach\n,Lead\n"));
    Run run = takt({QStringLiteral("attendance"), QStringLiteral("import"), doc, csvPath});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("people.csv: line 3, field \"Name\": empty")),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(doc));
    // A list of names alone, then a file with a header naming one of them again.
    QVERIFY(TaktTest::writeFile(csvPath, "Ana Lima\n王芳\n"));
    run = takt({QStringLiteral("attendance"), QStringLiteral("import"), doc, csvPath});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(TaktTest::writeFile(csvPath, "Team,Name\nOps,ana lima\nData,Bo Chen\n"));
    run = takt({QStringLiteral("attendance"), QStringLiteral("import"), doc, csvPath});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("already there")), qPrintable(run.out));
    run = takt({QStringLiteral("attendance"), doc});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QStringLiteral("3. Bo Chen (Data)\n")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("2. 王芳")), qPrintable(run.out));
    run = takt({QStringLiteral("attendance"), doc, QStringLiteral("--csv")});
    QCOMPARE(run.out,
             QStringLiteral("Name,Role,Team\r\nAna Lima,,\r\n王芳,,\r\nBo Chen,,Data\r\n"));
    // The example: two days, absences named.
    run = takt({QStringLiteral("attendance"), m_example});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Lars Nilsson (Data engineer, Data ingestion): "
                                             "absent on day 2")),
             qPrintable(run.out));
}

void tst_CommandLine::openActionsOfAnEarlierWorkshop()
{
    // A follow-up workshop brings in the example's open actions, once.
    const QString followUp = m_dir.filePath(QStringLiteral("follow-up.takt"));
    const QString earlier = m_dir.filePath(QStringLiteral("earlier.takt"));
    QVERIFY(QFile::copy(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), earlier));
    QFile::setPermissions(earlier, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray before = TaktTest::digest(earlier);
    Run run = takt({QStringLiteral("actions"), QStringLiteral("import"), followUp, earlier});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(QStringLiteral("8 actions added")), qPrintable(run.out));
    QCOMPARE(TaktTest::digest(earlier), before); // the earlier workshop untouched
    run = takt({QStringLiteral("actions"), followUp, QStringLiteral("--csv")});
    QVERIFY2(run.out.contains(QStringLiteral("Brought in from Model retraining kaizen")),
             qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral(",done,")));
    run = takt({QStringLiteral("actions"), QStringLiteral("import"), followUp, earlier});
    QVERIFY2(run.out.startsWith(QStringLiteral("0 actions added; 8 already in the register")),
             qPrintable(run.out));
    // Not a workshop: refused, nothing written.
    const QString bad = m_dir.filePath(QStringLiteral("notes.takt"));
    QVERIFY(TaktTest::writeFile(bad, "not a workshop"));
    const QByteArray kept = TaktTest::digest(followUp);
    run = takt({QStringLiteral("actions"), QStringLiteral("import"), followUp, bad});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("notes.takt")), qPrintable(run.err));
    QCOMPARE(TaktTest::digest(followUp), kept);
}

void tst_CommandLine::ideasRankedByTheirDots()
{
    Run run = takt({QStringLiteral("ideas"), m_example});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("Ranked by Day 2 dot vote (3 dots each)\n#1 Label "
                                               "in batches of 50, not 2,000: 5 dots; impact 9, "
                                               "effort 3 (S), a quick win; accepted; expected "
                                               "lead time −6 d\n")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("#8 A visual board of retraining requests: 1 dot;")),
             qPrintable(run.out));
    run = takt({QStringLiteral("ideas"), m_example, QStringLiteral("--csv")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.startsWith(QStringLiteral(
        "No.,Idea,Tags,About,Figure,Change,Impact,Effort,Size,Status,PDCA,Dots\r\n")));
    QCOMPARE(run.out.count(QStringLiteral("\r\n")), 11);
    run = takt({QStringLiteral("ideas"), m_dir.filePath(QStringLiteral("missing.takt"))});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("missing.takt")), qPrintable(run.err));
}

tst_CommandLine::Run tst_CommandLine::takt(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TAKT_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void tst_CommandLine::versionAndHelp()
{
    Run run = takt({QStringLiteral("--version")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QStringLiteral("0.1.0")), qPrintable(run.out));
    run = takt({QStringLiteral("metrics"), QStringLiteral("--help")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(QStringLiteral("--json")));
}

void tst_CommandLine::infoAndCheck()
{
    Run run = takt({QStringLiteral("check"), m_example});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("ok"));
    QCOMPARE(run.err, QString());
    run = takt({QStringLiteral("info"), m_example});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(QStringLiteral("Model retraining kaizen")));
    QVERIFY(run.out.contains(QStringLiteral("Zoë Martin, Łukasz Nowak, 田中 優子")));
    QVERIFY(run.out.contains(QStringLiteral("Model retraining - future state (Future state)")));
    QVERIFY(run.out.contains(QStringLiteral("lead time 14.7 d")));
    // Reading a document leaves nothing beside it.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList {"example.takt"});
}

void tst_CommandLine::badFilesExitTwo_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    for (const char *command : {"check", "info", "metrics", "export"}) {
        QTest::addRow("%s: not SQLite", command)
            << command << QByteArray("hello") << "not an SQLite database";
        QTest::addRow("%s: missing", command) << command << QByteArray() << "does not exist";
    }
}

void tst_CommandLine::badFilesExitTwo()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("bad-%1.takt").arg(command));
    QFile::remove(path);
    if (!content.isEmpty())
        QVERIFY(TaktTest::writeFile(path, content));
    QStringList args {command, path};
    const QString pdf = m_dir.filePath(QStringLiteral("never.pdf"));
    if (command == QLatin1String("export"))
        args << QStringLiteral("-o") << pdf;
    const Run run = takt(args);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message) && run.err.contains(path), qPrintable(run.err));
    QVERIFY(!QFile::exists(pdf));
}

void tst_CommandLine::metricsJsonMatchesHandComputedTable()
{
    const Run run = takt({QStringLiteral("metrics"), m_example, QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    const QJsonObject current = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    QCOMPARE(current.value("map").toString(), QStringLiteral("Model retraining - current state"));
    QCOMPARE(current.value("takt_time_s").toDouble(), 14400.0);
    QCOMPARE(current.value("lead_time_s").toDouble(), 1269000.0);
    QCOMPARE(current.value("value_added_s").toDouble(), 52200.0);
    QCOMPARE(QString::number(current.value("flow_efficiency").toDouble(), 'f', 5),
             QStringLiteral("0.04113"));
    QCOMPARE(QString::number(current.value("rolled_complete_accurate").toDouble(), 'f', 3),
             QStringLiteral("0.684"));
    QCOMPARE(current.value("bottleneck").toString(), QStringLiteral("Labeling"));
    QCOMPARE(current.value("over_takt").toArray(), QJsonArray({"Labeling", "Training"}));
    const QJsonObject future = QJsonDocument::fromJson(lines.last().toUtf8()).object();
    QVERIFY(future.value("lead_time_s").toDouble() < current.value("lead_time_s").toDouble());
}

void tst_CommandLine::metricsTable()
{
    const Run run = takt({QStringLiteral("metrics"), m_example, QStringLiteral("--map"),
                          QStringLiteral("Model retraining - current state")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Lead time              14.7 d")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Flow efficiency        4.1 %")));
    QVERIFY(!run.out.contains(QStringLiteral("future state")));
    // Case does not matter when only one map fits.
    const Run lower = takt({QStringLiteral("metrics"), m_example, QStringLiteral("--map"),
                            QStringLiteral("model retraining - CURRENT state")});
    QCOMPARE(lower.code, 0);
    QCOMPARE(lower.out, run.out);
}

void tst_CommandLine::mapImportCreatesDocumentAndExportRoundTrips()
{
    const QString document = m_dir.filePath(QStringLiteral("new.takt"));
    const QString json = QStringLiteral(TAKT_SHARED_EXAMPLES "/ml-retraining-current.json");
    Run run = takt({QStringLiteral("map"), QStringLiteral("import"), document, json});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("Model retraining - current state"));
    QVERIFY(QFile::exists(document));
    run = takt({QStringLiteral("map"), QStringLiteral("import"), document, json});
    QCOMPARE(run.code, 0); // a second import adds a second map
    run = takt({QStringLiteral("info"), document});
    QVERIFY2(run.out.contains(QStringLiteral("Value stream maps:  2")), qPrintable(run.out));
    // Maps are told apart by name: the second import gets its own.
    QVERIFY2(run.out.contains(QStringLiteral("Model retraining - current state (2)")),
             qPrintable(run.out));

    const QString out = m_dir.filePath(QStringLiteral("out.json"));
    run = takt({QStringLiteral("map"), QStringLiteral("export"), document, QStringLiteral("--map"),
                QStringLiteral("Model retraining - current state"), QStringLiteral("-o"), out});
    QCOMPARE(run.code, 0);
    QCOMPARE(QJsonDocument::fromJson(TaktTest::readAll(out)).object(),
             QJsonDocument::fromJson(TaktTest::readAll(json)).object());
    run = takt({QStringLiteral("map"), QStringLiteral("export"), document});
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object(),
             QJsonDocument::fromJson(TaktTest::readAll(json)).object());
}

void tst_CommandLine::badImportWritesNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown field") << QByteArray(
        R"({"format":"takt-vsm","version":1,"steps":[{"type":"process","name":"Train","gpu":1}]})")
                                   << "step 1 \"Train\", field \"gpu\": unknown field";
    QTest::newRow("bad duration") << QByteArray(
        R"({"format":"takt-vsm","version":1,"steps":[{"type":"process"},{"type":"process","name":"B","cycle_time":"fast"}]})")
                                  << "step 2 \"B\", field \"cycle_time\"";
    QTest::newRow("malformed") << QByteArray("{\"format\":") << "not valid JSON";
}

void tst_CommandLine::badImportWritesNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const QString input = m_dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(TaktTest::writeFile(input, json));
    // Into a new document: no file appears.
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.takt"));
    Run run = takt({QStringLiteral("map"), QStringLiteral("import"), fresh, input});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message) && run.err.contains(input), qPrintable(run.err));
    QVERIFY(!QFile::exists(fresh));
    // Into an existing one: it stays byte for byte.
    const QByteArray before = TaktTest::readAll(m_example);
    run = takt({QStringLiteral("map"), QStringLiteral("import"), m_example, input});
    QCOMPARE(run.code, 2);
    QCOMPARE(TaktTest::readAll(m_example), before);
}

void tst_CommandLine::unknownMapIsNamed()
{
    const Run run = takt(
        {QStringLiteral("metrics"), m_example, QStringLiteral("--map"), QStringLiteral("Nope")});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("no map named \"Nope\"; its maps are "
                                             "\"Model retraining - current state\"")),
             qPrintable(run.err));
}

void tst_CommandLine::importReadsAnyFormatByItsName_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message"); // empty: imported
    QTest::newRow("takt-vsm") << TaktTest::readAll(
        QStringLiteral(TAKT_SHARED_EXAMPLES "/ml-retraining-current.json"))
                              << QString();
    QTest::newRow("unknown format") << QByteArray(R"({"format":"takt-nope","version":1})")
                                    << "field \"format\": \"takt-nope\" is not a format";
    QTest::newRow("no format") << QByteArray(R"({"name":"x"})") << "field \"format\": missing";
    QTest::newRow("not JSON") << QByteArray("{\n\"format\":") << "not valid JSON at line 2";
    QTest::newRow("bad map") << QByteArray(
        R"({"format":"takt-vsm","version":1,"steps":[{"type":"queue"}]})")
                             << "step 1, field \"type\": unknown type \"queue\"";
}

void tst_CommandLine::importReadsAnyFormatByItsName()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const QString input = m_dir.filePath(QStringLiteral("any.json"));
    QVERIFY(TaktTest::writeFile(input, json));
    const QString document = m_dir.filePath(QStringLiteral("any.takt"));
    QFile::remove(document);
    const Run run = takt({QStringLiteral("import"), document, input});
    if (message.isEmpty()) {
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("Model retraining - current state"));
        QVERIFY(takt({QStringLiteral("info"), document})
                    .out.contains(QStringLiteral("Value stream maps:  1")));
        return;
    }
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message) && run.err.contains(input), qPrintable(run.err));
    QVERIFY(!QFile::exists(document)); // a refused command writes nothing
}

void tst_CommandLine::exportOneItemAsJsonOrPdf()
{
    const QString json = m_dir.filePath(QStringLiteral("item.json"));
    Run run
        = takt({QStringLiteral("export"), m_example, QStringLiteral("--item"),
                QStringLiteral("Model retraining - current state"), QStringLiteral("-o"), json});
    QCOMPARE(run.code, 0);
    QCOMPARE(QJsonDocument::fromJson(TaktTest::readAll(json)).object(),
             QJsonDocument::fromJson(TaktTest::readAll(QStringLiteral(
                                         TAKT_SHARED_EXAMPLES "/ml-retraining-current.json")))
                 .object());

    const QString pdf = m_dir.filePath(QStringLiteral("item.pdf"));
    run = takt({QStringLiteral("export"), m_example, QStringLiteral("--item"),
                QStringLiteral("model retraining - FUTURE state"), QStringLiteral("-o"), pdf});
    QCOMPARE(run.code, 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString pages = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(pages.contains(QStringLiteral("Model retraining - future state")));
    QVERIFY(pages.contains(QStringLiteral("Current and future state"))); // its comparison
    QVERIFY(!pages.contains(QStringLiteral("Workshop notes"))); // only the item
    QVERIFY(!pages.contains(QStringLiteral("Data boxes: Model retraining - current state")));

    const QString never = m_dir.filePath(QStringLiteral("never-item.json"));
    run = takt({QStringLiteral("export"), m_example, QStringLiteral("--item"),
                QStringLiteral("Nope"), QStringLiteral("-o"), never});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("nothing named \"Nope\""))
                 && run.err.contains(m_example),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(never));
}

void tst_CommandLine::windowOpensAndQuitsCleanly()
{
    // The whole window (navigator, map editor, docks) is built, shown and torn down.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const Run run = takt({m_example, QStringLiteral("--automation-quit-when-shown")});
    QCOMPARE(run.code, 0);
    QVERIFY2(!run.err.contains(QStringLiteral("QObject")), qPrintable(run.err));
    // A clean quit releases the lock and removes the recovery folder of the unmodified file.
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral(".example.takt.lock"))));
    const QDir recovery(m_dir.filePath(QStringLiteral("data/Takt/Takt/recovery")));
    QCOMPARE(recovery.entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList());
}

void tst_CommandLine::withoutDisplayHelpWorksAndWindowsAreRefused()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    process.setProcessEnvironment(env);
    for (const char *flag : {"--help", "--version"}) {
        process.start(QStringLiteral(TAKT_EXECUTABLE), {QLatin1String(flag)});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
    process.start(QStringLiteral(TAKT_EXECUTABLE), {m_example});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("no display"));
}

void tst_CommandLine::readingCommandsWorkWhileAWindowHasTheFile()
{
    // A live Takt on this host (this test process) has the file open.
    const QString lock = m_dir.filePath(QStringLiteral(".example.takt.lock"));
    QVERIFY(TaktTest::writeFile(lock,
                                QStringLiteral(R"({"host":"%1","user":"zoe","pid":%2})")
                                    .arg(QSysInfo::machineHostName())
                                    .arg(QCoreApplication::applicationPid())
                                    .toUtf8()));
    const QString pdf = m_dir.filePath(QStringLiteral("while-open.pdf"));
    QCOMPARE(takt({QStringLiteral("info"), m_example}).code, 0);
    QCOMPARE(takt({QStringLiteral("metrics"), m_example}).code, 0);
    QCOMPARE(takt({QStringLiteral("export"), m_example, QStringLiteral("-o"), pdf}).code, 0);
    // Writing into it is refused, and says who has it.
    const Run run = takt({QStringLiteral("map"), QStringLiteral("import"), m_example,
                          QStringLiteral(TAKT_SHARED_EXAMPLES "/ml-retraining-current.json")});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("already open in Takt by zoe")), qPrintable(run.err));
    QFile::remove(lock);
}

void tst_CommandLine::kpiImportAndChart()
{
    // The series tst_xmr derives by hand: X̄ 11.7, mR̄ 11/9, limits 8.44889 to 14.95111.
    QByteArray csv = "Timestamp,Value,Note\n";
    const QList<double> values = {10, 12, 11, 13, 12, 11, 12, 13, 12, 11};
    for (int i = 0; i < values.size(); ++i)
        csv += QStringLiteral("2026-03-%1,%2,\n")
                   .arg(i + 1, 2, 10, QLatin1Char('0'))
                   .arg(values.at(i))
                   .toUtf8();
    const QString csvPath = m_dir.filePath(QStringLiteral("lead.csv"));
    QVERIFY(TaktTest::writeFile(csvPath, csv));
    const QString doc = m_dir.filePath(QStringLiteral("kpis.takt"));
    Run run = takt({QStringLiteral("kpi"), QStringLiteral("import"), doc, QStringLiteral("--kpi"),
                    QStringLiteral("Lead time"), QStringLiteral("--unit"), QStringLiteral("h"),
                    csvPath});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Lead time: 10 measurements added")),
             qPrintable(run.out));
    run = takt({QStringLiteral("kpi"), doc, QStringLiteral("--kpi"), QStringLiteral("lead time"),
                QStringLiteral("--json")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("kpi")).toString(), QStringLiteral("Lead time"));
    QCOMPARE(o.value(QLatin1String("n")).toInt(), 10);
    QCOMPARE(o.value(QLatin1String("centre")).toDouble(), 11.7);
    QVERIFY(qAbs(o.value(QLatin1String("mr_bar")).toDouble() - 11.0 / 9) < 1e-9);
    QVERIFY(qAbs(o.value(QLatin1String("unpl")).toDouble() - 14.95111) < 1e-5);
    QVERIFY(qAbs(o.value(QLatin1String("lnpl")).toDouble() - 8.44889) < 1e-5);
    QVERIFY(qAbs(o.value(QLatin1String("url")).toDouble() - 3.99422) < 1e-5);
    QVERIFY(o.value(QLatin1String("signals")).toArray().isEmpty());
    // A second file appends 20: with all eleven points the limits widen (X̄ 12.45, mR̄ 2),
    // and 20 is still beyond them (12.45 + 2.66 · 2 = 17.77), and its jump of 9 > 6.536.
    QVERIFY(TaktTest::writeFile(csvPath, "Timestamp,Value\n2026-03-11,20\n"));
    QCOMPARE(takt({QStringLiteral("kpi"), QStringLiteral("import"), doc, QStringLiteral("--kpi"),
                   QStringLiteral("Lead time"), csvPath})
                 .code,
             0);
    run = takt({QStringLiteral("kpi"), doc, QStringLiteral("--kpi"), QStringLiteral("Lead time"),
                QStringLiteral("--json")});
    const QJsonArray found = QJsonDocument::fromJson(run.out.toUtf8())
                                 .object()
                                 .value(QLatin1String("signals"))
                                 .toArray();
    QVERIFY2(
        found.contains(QJsonObject {{QStringLiteral("index"), 11}, {QStringLiteral("rule"), 1}}),
        qPrintable(run.out));
    QVERIFY(found.contains(QJsonObject {{QStringLiteral("index"), 11},
                                        {QStringLiteral("rule"), QStringLiteral("mr")}}));
    run = takt({QStringLiteral("kpi"), doc, QStringLiteral("--kpi"), QStringLiteral("Lead time")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QStringLiteral("point 11 (11 Mar 2026): rule 1")),
             qPrintable(run.out));
}

void tst_CommandLine::badKpiInputWritesNothing()
{
    const QString csvPath = m_dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(TaktTest::writeFile(csvPath, "Timestamp,Value,Note\n2026-03-01,4\n2026-03-02,lots\n"));
    const QByteArray before = TaktTest::digest(m_example);
    Run run = takt({QStringLiteral("kpi"), QStringLiteral("import"), m_example,
                    QStringLiteral("--kpi"), QStringLiteral("Lead time"), csvPath});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("bad.csv: line 3, field \"Value\": \"lots\"")),
             qPrintable(run.err));
    QCOMPARE(TaktTest::digest(m_example), before); // all or nothing
    run = takt(
        {QStringLiteral("kpi"), m_example, QStringLiteral("--kpi"), QStringLiteral("Uptime")});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("has no KPI named \"Uptime\"; its KPIs are "
                                             "\"Retraining lead time per request\"")),
             qPrintable(run.err));
    // The example's Labeling KPI names what it measures, as the example's file names it.
    run = takt({QStringLiteral("kpi"), m_example, QStringLiteral("--kpi"),
                QStringLiteral("Labeling cycle time per batch"), QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    const QJsonObject measures
        = QJsonDocument::fromJson(run.out.toUtf8()).object().value("measures").toObject();
    QCOMPARE(measures.value("item").toString(), QStringLiteral("Labeling"));
    QCOMPARE(measures.value("figure").toString(), QStringLiteral("cycle-time"));
}

void tst_CommandLine::actionsListImportAndExport()
{
    const QString csvPath = m_dir.filePath(QStringLiteral("actions.csv"));
    // A bad row: refused whole, named by line and field, nothing written.
    QVERIFY(TaktTest::writeFile(csvPath,
                                "What,Owner,Due\nFix the gate,Ana,2026-12-01\n"
                                "Own it,Bo,next week\n"));
    const QByteArray before = TaktTest::digest(m_example);
    Run run = takt({QStringLiteral("actions"), QStringLiteral("import"), m_example, csvPath});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("actions.csv: line 3, field \"Due\": \"next week\"")),
             qPrintable(run.err));
    QCOMPARE(TaktTest::digest(m_example), before);

    QVERIFY(TaktTest::writeFile(csvPath,
                                "What,Owner,Due,Status\nFix the gate,Ana,2026-12-01,open\n"
                                "Own it,Bo,,done\n"));
    run = takt({QStringLiteral("actions"), QStringLiteral("import"), m_example, csvPath});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("2 actions added")), qPrintable(run.out));
    run = takt(
        {QStringLiteral("actions"), m_example, QStringLiteral("--owner"), QStringLiteral("ana")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QStringLiteral("1. Fix the gate")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("1 action\n")));
    run = takt({QStringLiteral("actions"), m_example, QStringLiteral("--status"),
                QStringLiteral("finished")});
    QCOMPARE(run.code, 2);

    // Export, then import into a new document: the same actions.
    const QString out = m_dir.filePath(QStringLiteral("out.csv"));
    run = takt({QStringLiteral("actions"), QStringLiteral("export"), m_example,
                QStringLiteral("-o"), out});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(TaktTest::readAll(out).startsWith("What,Owner,Due,Status,Priority"));
    const QString copy = m_dir.filePath(QStringLiteral("copy.takt"));
    QCOMPARE(takt({QStringLiteral("actions"), QStringLiteral("import"), copy, out}).code, 0);
    const QString again = m_dir.filePath(QStringLiteral("again.csv"));
    QCOMPARE(takt({QStringLiteral("actions"), QStringLiteral("export"), copy, QStringLiteral("-o"),
                   again})
                 .code,
             0);
    QCOMPARE(TaktTest::readAll(again), TaktTest::readAll(out));
    run = takt({QStringLiteral("actions"), QStringLiteral("export"), m_example,
                QStringLiteral("-o"), m_dir.filePath(QStringLiteral("out.xlsx"))});
    QCOMPARE(run.code, 2);
    // The open ones as calendar to-dos: Ana's, not Bo's done one.
    const QString ics = m_dir.filePath(QStringLiteral("actions.ics"));
    run = takt({QStringLiteral("actions"), QStringLiteral("export"), m_example,
                QStringLiteral("-o"), ics});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QByteArray calendar = TaktTest::readAll(ics);
    QVERIFY(calendar.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(calendar.contains("SUMMARY:Fix the gate\r\n"));
    QVERIFY(!calendar.contains("SUMMARY:Own it"));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
