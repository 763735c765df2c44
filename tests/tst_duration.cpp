#include "common/duration.h"

#include <QTest>

using namespace Takt;

class tst_Duration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void format_data();
    void format();
    void chosenUnit();
    void formatExactRoundTrips_data();
    void formatExactRoundTrips();
};

void tst_Duration::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("seconds");
    QTest::newRow("seconds") << "39 s" << 39.0;
    QTest::newRow("minutes") << "45 min" << 2700.0;
    QTest::newRow("no space") << "2h" << 7200.0;
    QTest::newRow("decimal") << "1.5 h" << 5400.0;
    QTest::newRow("decimal comma") << "1,5 h" << 5400.0;
    QTest::newRow("day is 24 h") << "1 d" << 86400.0;
    QTest::newRow("week") << "1 wk" << 604800.0;
    QTest::newRow("long unit") << "3 days" << 259200.0;
    QTest::newRow("padding") << "  30 min  " << 1800.0;
    QTest::newRow("zero") << "0 s" << 0.0;
}

void tst_Duration::parse()
{
    QFETCH(QString, text);
    QFETCH(double, seconds);
    QString error;
    const auto parsed = Duration::parse(text, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QCOMPARE(*parsed, seconds);
}

void tst_Duration::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("words") << "soon"
                           << "not a duration";
    QTest::newRow("negative") << "-2 h"
                              << "negative";
    QTest::newRow("no unit") << "45"
                             << "no unit";
    QTest::newRow("bad unit") << "3 parsecs"
                              << "not a time unit";
}

void tst_Duration::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!Duration::parse(text, &error).has_value());
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void tst_Duration::format_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("takt") << 14400.0 << "4 h";
    QTest::newRow("cycle times") << 59400.0 << "16.5 h";
    QTest::newRow("lead time") << 1269000.0 << "14.7 d";
    QTest::newRow("minutes") << 2700.0 << "45 min";
    QTest::newRow("seconds") << 39.0 << "39 s";
    QTest::newRow("weeks") << 12.0 * 7 * 86400 << "12 wk";
}

void tst_Duration::format()
{
    QFETCH(double, seconds);
    QFETCH(QString, text);
    QCOMPARE(Duration::format(seconds), text);
}

void tst_Duration::chosenUnit()
{
    using U = Duration::Unit;
    QCOMPARE(Duration::format(1269000, std::optional<U>(U::Hours)), QStringLiteral("353 h"));
    QCOMPARE(Duration::format(1800, std::optional<U>(U::Hours)), QStringLiteral("0.5 h"));
    QCOMPARE(Duration::format(1269000, std::optional<U>()), QStringLiteral("14.7 d"));
    // A chosen unit never rounds a real time to nothing.
    QCOMPARE(Duration::format(30, std::optional<U>(U::Days)), QStringLiteral("30 s"));
    QCOMPARE(Duration::format(0, std::optional<U>(U::Days)), QStringLiteral("0 d"));
}

void tst_Duration::formatExactRoundTrips_data()
{
    QTest::addColumn<double>("seconds");
    for (double s : {39.0, 1800.0, 5400.0, 86400.0, 1269000.0, 0.25, 1234567.891})
        QTest::newRow(qPrintable(QString::number(s))) << s;
}

void tst_Duration::formatExactRoundTrips()
{
    QFETCH(double, seconds);
    const QString text = Duration::formatExact(seconds);
    QCOMPARE(Duration::parse(text).value_or(-1), seconds);
    if (seconds == 1800.0)
        QCOMPARE(text, QStringLiteral("30 min"));
    if (seconds == 5400.0)
        QCOMPARE(text, QStringLiteral("1.5 h"));
}

QTEST_GUILESS_MAIN(tst_Duration)
#include "tst_duration.moc"
