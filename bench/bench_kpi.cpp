// The KPIs' budgets: the XmR chart with every rule over 100,000 points <= 20 ms; a
// 100,000-row CSV read <= 1 s, and added to a document's KPI (one undo step) and flushed; a
// 10,000-point chart redrawn <= 16 ms.

#include "artefactkinds.h"
#include "document/document.h"
#include "kpi/kpistore.h"
#include "kpi/measurementcsv.h"
#include "kpi/xmrchart.h"
#include "kpi/xmrchartview.h"

#include <QApplication>
#include <QPixmap>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

class bench_Kpi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void xmrOver100000Points();
    void readCsvOf100000Rows();
    void importCsvOf100000RowsIntoADocument();
    void redrawAChartOf10000Points();

private:
    QList<double> m_values;
    QByteArray m_csv;
};

void bench_Kpi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerArtefactKinds();
    QRandomGenerator random(20261201);
    m_csv = "Timestamp,Value,Note\n";
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0));
    for (int i = 0; i < 100000; ++i) {
        // A process with a shift half-way: every rule has work to do.
        const double x = (i < 50000 ? 10.0 : 11.0) + random.generateDouble() * 2;
        m_values << x;
        m_csv += start.addSecs(i * 60LL).toString(Qt::ISODate).toUtf8() + ','
            + QByteArray::number(x, 'f', 3) + ",\n";
    }
}

void bench_Kpi::xmrOver100000Points()
{
    XmrChart::Result result;
    QBENCHMARK
    {
        result = XmrChart::analyse(m_values);
    }
    QVERIFY(!result.signalsFound.isEmpty());
}

void bench_Kpi::readCsvOf100000Rows()
{
    std::optional<QList<Measurement>> rows;
    QString error;
    QBENCHMARK
    {
        rows = MeasurementCsv::read(m_csv, &error);
    }
    QVERIFY2(rows && rows->size() == 100000, qPrintable(error));
}

void bench_Kpi::importCsvOf100000RowsIntoADocument()
{
    QBENCHMARK_ONCE
    {
        QString error;
        auto document = Document::createNew(&error);
        auto rows = MeasurementCsv::read(m_csv, &error);
        QVERIFY(rows);
        KpiStore &store = *KpiStore::of(*document);
        Kpi kpi;
        kpi.id = document->newId();
        kpi.name = QStringLiteral("Latency");
        document->undoStack()->push(store.addKpi(kpi));
        for (Measurement &m : *rows) {
            m.id = document->newId();
            m.kpi = kpi.id;
        }
        document->undoStack()->push(store.addMeasurements(*rows));
        QVERIFY2(document->flush(&error), qPrintable(error));
        QCOMPARE(store.series(kpi.id).size(), 100000);
    }
}

void bench_Kpi::redrawAChartOf10000Points()
{
    // A 10,000-point KPI on a 1366x768 laptop's chart: one repaint, the panels already built.
    Kpi kpi;
    kpi.name = QStringLiteral("Latency");
    kpi.unit = QStringLiteral("ms");
    QList<Measurement> series;
    for (int i = 0; i < 10000; ++i) {
        Measurement m;
        m.takenAt
            = QDateTime(QDate(2026, 1, 1), QTime(0, 0)).addSecs(i * 60LL).toString(Qt::ISODate);
        m.value = m_values.at(i);
        series << m;
    }
    const XmrChart::Result chart = XmrChart::analyse(m_values.mid(0, 10000));
    XmrChartView view;
    view.resize(900, 600);
    view.display(kpi, series, chart);
    view.show();
    QPixmap target(view.size());
    view.render(&target); // the first paint lays the charts out
    QBENCHMARK
    {
        view.render(&target);
    }
}

QTEST_MAIN(bench_Kpi)
#include "bench_kpi.moc"
