#include "document/document.h"
#include "pack/packexporter.h"
#include "testsupport.h"
#include "vsm/addremovemap.h"
#include "vsm/valuestreammap.h"
#include "vsm/vsmjson.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

/** The session pack as the sponsor reads it: pages, text, fonts; and as the facilitator
 *  exports it: atomically, cancellable, with clear failures. */
class tst_Pack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void examplePackHasEverything();
    void fontsAreEmbedded();
    void sectionsAndLetterPaper();
    void emptyDocumentExportsValidPdf();
    void cancelledExportLeavesNoFileAndKeepsTheOldOne();
    void longTablesRepeatTheirHeader();
    void badRequestsExitTwo_data();
    void badRequestsExitTwo();

private:
    QString tool(const QString &name) const;
    QString run(const QString &program, const QStringList &args, int *code = nullptr) const;
    QStringList pageTexts(const QString &pdf) const;
    int pageCount(const QString &pdf) const;
    /** The first page, from @p from on (1-based), whose text contains @p text; 0 if none. */
    static int pageWith(const QStringList &texts, const QString &text, int from = 1);
    QTemporaryDir m_dir;
};

void tst_Pack::initTestCase()
{
    TaktTest::isolateAppData();
    for (const char *name : {"pdftotext", "pdfinfo", "pdffonts"})
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(name)).isEmpty(),
                 "poppler-utils is needed (scripts/test installs it)");
}

QString tst_Pack::run(const QString &program, const QStringList &args, int *code) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(program, args);
    process.waitForFinished(60000);
    if (code)
        *code = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

QStringList tst_Pack::pageTexts(const QString &pdf) const
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
        .split(QLatin1Char('\f'));
}

int tst_Pack::pageCount(const QString &pdf) const
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
}

void tst_Pack::examplePackHasEverything()
{
    const QString pdf = m_dir.filePath(QStringLiteral("pack.pdf"));
    int code = -1;
    const QString out = run(QStringLiteral(TAKT_EXECUTABLE),
                            {QStringLiteral("export"), QStringLiteral(TAKT_EXAMPLE_WORKSHOP),
                             QStringLiteral("-o"), pdf},
                            &code);
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(pdf), qPrintable(out));
    const int pages = pageCount(pdf);
    const QStringList texts = pageTexts(pdf);
    QCOMPARE(texts.size(), pages + 1); // pdftotext ends every page with a form feed
    const QString all = texts.join(QLatin1Char('\n'));
    for (const char *expected :
         {"Model retraining kaizen", "Fraud ML platform team", "Zoë Martin", "Łukasz Nowak",
          "田中 優子", "Ærøskøbing", "Contents", "Workshop notes",
          "Model retraining - current state", "Model retraining - future state", "Data ingestion",
          "Labeling", "Deployment", "Raw data backlog", "14.7 d", "4.1 %",
          "Current and future state", "−74 %", "+8.5 pp", "Change against", "Flow efficiency",
          // The KPIs: their readings, and their charts drawn by Qt
          // Charts as vectors (the chart titles come out as text).
          "KPIs and control charts", "1 point beyond the limits",
          "Inference p95 latency: individuals", "Retraining lead time per request: moving ranges",
          // Each map's operator balance and timeline, drawn by Qt Charts.
          "Value stream charts", "Model retraining - current state: operator balance", "▲ Labeling",
          "timeline to the lead time", "against the current state", "Current state = 100",
          // The 5 Whys: its tree drawn as text, each root cause's chain read back, the
          // evidence and its status in words, the countermeasures.
          "5 Whys: Retraining requests take 15 days", "ROOT CAUSE", "✗ ruled out",
          "Root cause: The labeling contract is priced", "per batch of 2,000, therefore Labeling",
          "Contract clause 4.2", "Renegotiate the contract",
          // The fishbone: its bones and causes drawn as text, the likely ones said so and
          // listed with their bones.
          "Fishbone: Fraud model precision dropped", "EFFECT", "Infrastructure", "(likely)",
          "Likely causes", "Decision threshold kept from v4.1",
          // The action register, by owner, each source by its linked name.
          "Action register", "Amara Okafor (2 actions)", "Reserve two GPU slots a day for",
          "Waiting for GPU", "Мария Иванова (1 action)",
          // The session record: the agenda planned against actual, day by day
          "Agenda", "Day 1: planned 3 h 55 min, actual 4 h 18 min (23 min behind)", "▲ +14 min",
          "Balance over the workshop: 35 min behind",
          // who was there each day, what was decided, what was parked.
          "Attendance", "Nguyễn Thị Lan", "✗ absent", "day 2: 7 present", "Decisions",
          "Pilot the future state on the fraud-pattern", "Decided by", "Parking lot",
          "Should labeling move in-house?", "carried to the agenda", "turned into an action",
          // The kaizen ideas ranked by the closed round, and their 2×2 drawn as text.
          "Kaizen ideas", "Ranked by the dots of Day 2 dot vote", "Label in batches of 50",
          "quick win", "Quick wins", "Thankless tasks", "Effort: low → high"})
        QVERIFY2(all.contains(QString::fromUtf8(expected)), expected);
    // Text extracts as typed: no ligature glyph (ﬀ, ﬁ, ﬂ, ﬃ, ﬄ…) stands for its letters.
    for (const QChar c : all)
        QVERIFY2(c.unicode() < 0xFB00 || c.unicode() > 0xFB06,
                 qPrintable(QStringLiteral("U+%1").arg(c.unicode(), 4, 16)));
    QVERIFY2(!texts.first().contains(QStringLiteral("Page 1 of")), "the cover has no footer");
    for (int page = 2; page <= pages; ++page)
        QVERIFY2(texts.at(page - 1).contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                 qPrintable(QString::number(page)));

    // The contents give each section's page, and that page starts the section.
    const int contentsPage = pageWith(texts, QStringLiteral("Contents"));
    QVERIFY(contentsPage > 0);
    // A contents line: the title, a leader (dots, drawn), the page number.
    const QRegularExpression entry(QStringLiteral("^\\s*(\\S.*\\S)[\\s.]{2,}(\\d+)\\s*$"));
    int entries = 0;
    for (const QString &line : texts.at(contentsPage - 1).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = entry.match(line);
        if (!match.hasMatch())
            continue;
        ++entries;
        const int page = match.captured(2).toInt();
        QVERIFY2(page > contentsPage && page <= pages, qPrintable(line));
        QVERIFY2(texts.at(page - 1).contains(match.captured(1)), qPrintable(line));
    }
    QVERIFY2(entries >= 4, qPrintable(texts.at(contentsPage - 1))); // notes, 2 maps, comparison

    // A map too wide to read whole follows in readable parts, after its whole drawing.
    const int drawing
        = pageWith(texts, QStringLiteral("Model retraining - current state"), contentsPage + 1);
    QVERIFY(drawing > 0);
    QVERIFY(texts.at(drawing - 1).contains(QStringLiteral("Labeling"))); // text, not a picture
    QVERIFY(texts.at(drawing).contains(QStringLiteral("(part 1 of 2)")));
    QVERIFY(all.contains(QStringLiteral("GPU hours: 20"))); // every data-box figure reaches paper
}

int tst_Pack::pageWith(const QStringList &texts, const QString &text, int from)
{
    for (int page = qMax(1, from); page <= texts.size(); ++page)
        if (texts.at(page - 1).contains(text))
            return page;
    return 0;
}

void tst_Pack::fontsAreEmbedded()
{
    const QString pdf = m_dir.filePath(QStringLiteral("fonts.pdf"));
    QString error;
    auto document
        = Document::open(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), &error, Document::Access::ReadOnly);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(PackExporter::write(*document, pdf, {}, {}, &error), PackExporter::Result::Written);
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'));
    int fonts = 0;
    for (const QString &line : lines.mid(2)) {
        if (line.trimmed().isEmpty())
            continue;
        ++fonts;
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(columns.size() > 4 && columns.at(columns.size() - 5) == QLatin1String("yes"),
                 qPrintable(line));
    }
    QVERIFY(fonts >= 2); // DejaVu and the CJK fallback
}

void tst_Pack::sectionsAndLetterPaper()
{
    const QString pdf = m_dir.filePath(QStringLiteral("letter.pdf"));
    int code = -1;
    run(QStringLiteral(TAKT_EXECUTABLE),
        {QStringLiteral("export"), QStringLiteral(TAKT_EXAMPLE_WORKSHOP), QStringLiteral("-o"), pdf,
         QStringLiteral("--sections"), QStringLiteral("cover,comparison"),
         QStringLiteral("--paper"), QStringLiteral("Letter")},
        &code);
    QCOMPARE(code, 0);
    QCOMPARE(pageCount(pdf), 2);
    QVERIFY(run(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("612 x 792")));
    const QString text = pageTexts(pdf).join(QString());
    QVERIFY(!text.contains(QStringLiteral("Contents")));
    QVERIFY(text.contains(QStringLiteral("Current and future state")));
}

void tst_Pack::emptyDocumentExportsValidPdf()
{
    QString error;
    auto document = Document::createNew(&error);
    const QString pdf = m_dir.filePath(QStringLiteral("empty.pdf"));
    int pages = 0;
    QCOMPARE(PackExporter::write(*document, pdf, {}, {}, &error, &pages),
             PackExporter::Result::Written);
    QCOMPARE(pageCount(pdf), pages);
    QVERIFY(pages >= 1);
    QVERIFY(pageTexts(pdf).join(QString()).contains(QStringLiteral("Untitled workshop")));
}

void tst_Pack::cancelledExportLeavesNoFileAndKeepsTheOldOne()
{
    QString error;
    auto document
        = Document::open(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), &error, Document::Access::ReadOnly);
    QVERIFY(document);
    const QString fresh = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    int calls = 0;
    const auto cancelSoon = [&](int done, int total) {
        ++calls;
        return done < total - 1;
    };
    QCOMPARE(PackExporter::write(*document, fresh, {}, cancelSoon, &error),
             PackExporter::Result::Cancelled);
    QVERIFY(calls > 1);
    QVERIFY(!QFile::exists(fresh));
    QCOMPARE(QDir(m_dir.path())
                 .entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden)
                 .size(),
             0);

    const QString existing = m_dir.filePath(QStringLiteral("existing.pdf"));
    QVERIFY(TaktTest::writeFile(existing, "an older pack"));
    QCOMPARE(PackExporter::write(*document, existing, {}, cancelSoon, &error),
             PackExporter::Result::Cancelled);
    QCOMPARE(TaktTest::readAll(existing), QByteArray("an older pack"));
}

void tst_Pack::longTablesRepeatTheirHeader()
{
    QString error;
    auto document = Document::createNew(&error);
    QByteArray json = R"({"format":"takt-vsm","version":1,"name":"Long","demand_per_day":10,
        "available_time_per_day":"8 h","steps":[)";
    for (int i = 0; i < 120; ++i)
        json += QStringLiteral(R"(%1{"type":"process","name":"Step %2","cycle_time":"%3 min"})")
                    .arg(i ? "," : "")
                    .arg(i + 1)
                    .arg(10 + i % 50)
                    .toUtf8();
    json += "]}";
    auto map = VsmJson::read(
        json, [&] { return document->newId(); }, &error);
    QVERIFY2(map, qPrintable(error));
    document->undoStack()->push(new AddMap(document.get(), map.release()));
    const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
    PackOptions options;
    options.sections = QStringList {QStringLiteral("maps")};
    QCOMPARE(PackExporter::write(*document, pdf, options, {}, &error),
             PackExporter::Result::Written);
    const QStringList pages = pageTexts(pdf);
    int pagesWithHeader = 0;
    for (const QString &page : pages)
        if (page.contains(QStringLiteral("C/T or wait")))
            ++pagesWithHeader;
    QVERIFY2(pagesWithHeader >= 3, qPrintable(QString::number(pagesWithHeader)));
    QVERIFY(pages.join(QString()).contains(QStringLiteral("Step 120")));
}

void tst_Pack::badRequestsExitTwo_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("unwritable output") << QStringList {"-o", "/nonexistent-folder/pack.pdf"}
                                       << "/nonexistent-folder/pack.pdf cannot be written";
    const QString pdf = m_dir.filePath(QStringLiteral("never-written.pdf"));
    QTest::newRow("unknown section")
        << QStringList {"-o", pdf, "--sections", "cover,no-such-section"}
        << "unknown section \"no-such-section\"";
    QTest::newRow("bad paper") << QStringList {"-o", pdf, "--paper", "A3"} << "not a paper size";
    QTest::newRow("no output") << QStringList {} << "-o PACK.pdf";
}

void tst_Pack::badRequestsExitTwo()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    int code = -1;
    const QString out
        = run(QStringLiteral(TAKT_EXECUTABLE),
              QStringList {QStringLiteral("export"), QStringLiteral(TAKT_EXAMPLE_WORKSHOP)} + extra,
              &code);
    QCOMPARE(code, 2);
    QVERIFY2(out.contains(message), qPrintable(out));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never-written.pdf"))));
}

QTEST_MAIN(tst_Pack)
#include "tst_pack.moc"
