#include "core/changefield.h"
#include "document/document.h"
#include "kpi/kpireading.h"
#include "kpi/kpistore.h"
#include "kpi/measurementcsv.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

/** KPIs in a document: measurements read from CSV or pasted, kept, undone, charted. */
class tst_Kpi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TaktTest::isolateAppData(); }
    void csvIsReadAllOrNothing_data();
    void csvIsReadAllOrNothing();
    void pastedColumns_data();
    void pastedColumns();
    void storedUndoneAndReopened();
    void phasesFromMarkedChanges();
    void readingInWords();

private:
    static EntityId addKpi(Document &document, const QString &name, const QList<double> &values);
};

void tst_Kpi::csvIsReadAllOrNothing_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("error");
    QTest::newRow("good") << QByteArray("Timestamp,Value,Note\n2026-03-12,4.5,first\n"
                                        "2026-03-13T14:30,5,\"a note, with a comma\"\n")
                          << 2 << QString();
    QTest::newRow("no note column")
        << QByteArray("timestamp,value\r\n2026-03-12,4\r\n") << 1 << QString();
    QTest::newRow("byte order mark")
        << QByteArray("\xef\xbb\xbfTimestamp,Value\n2026-03-12,4\n") << 1 << QString();
    QTest::newRow("bad value on line 3")
        << QByteArray("Timestamp,Value,Note\n2026-03-12,4\n2026-03-13,four\n2026-03-14,5\n") << 0
        << "line 3, field \"Value\": \"four\" is not a number";
    QTest::newRow("bad time on line 2")
        << QByteArray("Timestamp,Value,Note\nyesterday,4\n") << 0
        << "line 2, field \"Timestamp\": \"yesterday\" is not a date and time";
    QTest::newRow("wrong header") << QByteArray("Date;Value\n2026-03-12;4\n") << 0
                                  << "line 1, the header is \"Date;Value\"";
    QTest::newRow("too many fields") << QByteArray("Timestamp,Value,Note\n2026-03-12,4,a,b\n") << 0
                                     << "line 2, 4 fields where the header has 3";
    QTest::newRow("nothing under the header")
        << QByteArray("Timestamp,Value,Note\n") << 0 << "no measurements";
}

void tst_Kpi::csvIsReadAllOrNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, rows);
    QFETCH(QString, error);
    QString message;
    const auto read = MeasurementCsv::read(csv, &message);
    QCOMPARE(read.has_value(), error.isEmpty());
    if (read) {
        QCOMPARE(read->size(), rows);
        QCOMPARE(read->first().takenAt, QStringLiteral("2026-03-12"));
    } else {
        QVERIFY2(message.contains(error), qPrintable(message));
    }
}

void tst_Kpi::pastedColumns_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QString>("firstTime");
    QTest::newRow("values alone") << "en_GB"
                                  << "4.5\n5\n\n6.25\n"
                                  << QList<double> {4.5, 5, 6.25} << "2026-03-01";
    QTest::newRow("decimal comma") << "de_DE"
                                   << "4,5\n5,25" << QList<double> {4.5, 5.25} << "2026-03-01";
    QTest::newRow("date and value, tab") << "en_GB"
                                         << "Date\tValue\n2026-03-12\t4.5\n"
                                         << QList<double> {4.5} << "2026-03-12";
    QTest::newRow("date and value, comma")
        << "en_GB"
        << "2026-03-12,4.5\n2026-03-14,5" << QList<double> {4.5, 5} << "2026-03-12";
}

void tst_Kpi::pastedColumns()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QList<double>, values);
    QFETCH(QString, firstTime);
    QString error;
    const auto read = MeasurementCsv::readPasted(text, QLocale(locale), QDate(2026, 3, 1), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->size(), values.size());
    for (int i = 0; i < values.size(); ++i)
        QCOMPARE(read->at(i).value, values.at(i));
    QCOMPARE(read->first().takenAt, firstTime);
    QVERIFY(!MeasurementCsv::readPasted(QStringLiteral("4.5\nlots"), QLocale(locale),
                                        QDate(2026, 3, 1), &error));
    QVERIFY2(error.contains(QStringLiteral("line 2")), qPrintable(error));
}

EntityId tst_Kpi::addKpi(Document &document, const QString &name, const QList<double> &values)
{
    KpiStore &store = *KpiStore::of(document);
    Kpi kpi;
    kpi.id = document.newId();
    kpi.name = name;
    kpi.unit = QStringLiteral("h");
    QList<Measurement> points;
    for (int i = 0; i < values.size(); ++i) {
        Measurement m;
        m.id = document.newId();
        m.kpi = kpi.id;
        m.takenAt = QDate(2026, 3, 1).addDays(i).toString(Qt::ISODate);
        m.value = values.at(i);
        points << m;
    }
    document.undoStack()->beginMacro(QStringLiteral("Add"));
    document.undoStack()->push(store.addKpi(kpi));
    document.undoStack()->push(store.addMeasurements(points));
    document.undoStack()->endMacro();
    return kpi.id;
}

void tst_Kpi::storedUndoneAndReopened()
{
    QString error;
    auto document = Document::createNew(&error);
    QVERIFY2(document, qPrintable(error));
    KpiStore *store = KpiStore::of(*document);
    QSignalSpy series(store, &KpiStore::seriesChanged);
    const EntityId id = addKpi(*document, QStringLiteral("Lead time"), {3, 4, 5, 4, 3});
    QCOMPARE(store->series(id).size(), 5);
    QTRY_COMPARE(series.count(), 1); // once for the batch, from the event loop
    QCOMPARE(store->artefacts(), QList<EntityId> {id});
    QCOMPARE(store->chart(id).phases.first().limits.centre, 3.8);
    // The navigator's status follows the series and the baseline (it is kept between repaints).
    QVERIFY(store->outlineData(id, ArtefactStore::StatusRole).toString().startsWith("5 point"));
    Measurement far;
    far.id = document->newId();
    far.kpi = id;
    far.takenAt = QStringLiteral("2026-03-06");
    far.value = 7; // inside the limits of all six points, beyond those of the first five
    document->undoStack()->push(store->addMeasurements({far}));
    QVERIFY(store->outlineData(id, ArtefactStore::StatusRole).toString().startsWith("6 point"));
    const QString withAll = store->outlineData(id, ArtefactStore::StatusRole).toString();
    document->undoStack()->push(
        new ChangeField(&store->kpiList(), id, int(Kpi::Field::Baseline), 5));
    const QString withBaseline = store->outlineData(id, ArtefactStore::StatusRole).toString();
    QCOMPARE(withBaseline, store->summary(id));
    QVERIFY2(withBaseline != withAll, qPrintable(withBaseline)); // 0 signals, then 2
    document->undoStack()->undo();
    document->undoStack()->undo();
    document->undoStack()->undo();
    QVERIFY(store->artefacts().isEmpty());
    document->undoStack()->redo();
    QCOMPARE(store->series(id).size(), 5);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kpis.takt"));
    QVERIFY2(document->save(path, &error), qPrintable(error));
    document.reset();
    auto reopened = Document::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    const KpiStore &again = *KpiStore::of(*reopened);
    QCOMPARE(again.artefacts(), QList<EntityId> {id});
    QCOMPARE(again.kpi(id)->unit, QStringLiteral("h"));
    QCOMPARE(again.series(id).size(), 5);
    QCOMPARE(again.series(id).at(2).value, 5.0);
    QCOMPARE(again.chart(id).phases.first().limits.centre, 3.8);
}

void tst_Kpi::phasesFromMarkedChanges()
{
    QString error;
    auto document = Document::createNew(&error);
    QList<double> values;
    for (int i = 0; i < 12; ++i)
        values << (i < 6 ? 10.0 + i % 2 : 5.0 + i % 2);
    const EntityId id = addKpi(*document, QStringLiteral("Lead time"), values);
    KpiStore *store = KpiStore::of(*document);
    const EntityId sixth = store->series(id).at(6).id;
    document->undoStack()->push(new ChangeField(&store->measurementList(), sixth,
                                                int(Measurement::Field::PhaseStart), true));
    const XmrChart::Result chart = store->chart(id);
    QCOMPARE(chart.phases.size(), 2);
    QCOMPARE(chart.phases.at(1).start, 6);
    QCOMPARE(chart.phases.at(0).limits.centre, 10.5);
    QCOMPARE(chart.phases.at(1).limits.centre, 5.5);
    document->undoStack()->undo();
    QCOMPARE(store->chart(id).phases.size(), 1);
}

void tst_Kpi::readingInWords()
{
    Kpi kpi;
    kpi.unit = QStringLiteral("h");
    QList<Measurement> series;
    QList<double> values;
    for (int i = 0; i < 20; ++i) {
        Measurement m;
        m.takenAt = QDate(2026, 3, 1).addDays(i).toString(Qt::ISODate);
        m.value = i < 10 ? 4 + (i % 3) * 0.5 : 6 + (i % 3) * 0.5; // up by 2 h after 10 days
        series << m;
        values << m.value;
    }
    const QString predictable
        = KpiReading::text(kpi, series.mid(0, 10), XmrChart::analyse(values.mid(0, 10)));
    QVERIFY2(predictable.startsWith(QStringLiteral("Predictable between")),
             qPrintable(predictable));
    QVERIFY(predictable.contains(QChar(QChar::Nbsp) + QStringLiteral("h"))); // kept together
    const QString shifted = KpiReading::text(kpi, series, XmrChart::analyse(values, {{0, 10}}));
    // (Without the English translation loaded, plurals read "point(s)".)
    QVERIFY2(shifted.startsWith(QStringLiteral("Shifted upward since 11 Mar 2026: 10 point")),
             qPrintable(shifted));
    const QString few
        = KpiReading::text(kpi, series.mid(0, 4), XmrChart::analyse(values.mid(0, 4)));
    QVERIFY2(few.contains(QStringLiteral("provisional")), qPrintable(few));
}

QTEST_MAIN(tst_Kpi)
#include "tst_kpi.moc"
