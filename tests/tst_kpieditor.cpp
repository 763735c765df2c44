#include "document/document.h"
#include "kpi/kpieditor.h"
#include "kpi/kpireading.h"
#include "kpi/kpistore.h"
#include "kpi/measurementtablemodel.h"
#include "kpi/xmrchartview.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

/** A KPI's editor: the table and the Qt Charts XmR chart follow every edit, paste and undo. */
class tst_KpiEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TaktTest::isolateAppData(); }
    void init();
    void cleanup();
    void chartShowsTheSeriesAndItsSignals();
    void editsAndUndoReachTheChart();
    void pasteIsOneUndoStep();
    void refusedValueSaysWhy();
    void propertiesSetTheBaseline();
    void longSeriesAreDecimatedKeepingTheirPeaks();

private:
    static QList<QPointF> pointsOf(QChart *chart, const QString &name);
    std::unique_ptr<Document> m_document;
    KpiEditor *m_editor = nullptr;
    EntityId m_kpi = 0;
};

void tst_KpiEditor::init()
{
    QString error;
    m_document
        = Document::open(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), &error, Document::Access::ReadOnly);
    QVERIFY2(m_document, qPrintable(error));
    m_kpi = KpiStore::of(*m_document)->kpiByName(QStringLiteral("Inference p95 latency"));
    QVERIFY(m_kpi);
    m_editor = new KpiEditor(m_document.get(), m_kpi);
    m_editor->resize(1200, 700);
    m_editor->show();
    new QAbstractItemModelTester(m_editor->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, m_editor);
}

void tst_KpiEditor::cleanup()
{
    delete m_editor;
    m_document.reset();
}

QList<QPointF> tst_KpiEditor::pointsOf(QChart *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->series())
        if (s->name() == name)
            return static_cast<QXYSeries *>(s)->points();
    return {};
}

void tst_KpiEditor::chartShowsTheSeriesAndItsSignals()
{
    QChart *individuals = m_editor->chartView()->individuals();
    QCOMPARE(pointsOf(individuals, QStringLiteral("Measured")).size(), 30);
    // The example's one point beyond its limit: point 18, 236 ms, marked by a square.
    const QList<QPointF> beyond {{18, 236}};
    QCOMPARE(pointsOf(individuals, QStringLiteral("Signal")), beyond);
    QVERIFY(m_editor->chartView()->reading().startsWith(QStringLiteral("1 point")));
    QCOMPARE(m_editor->model()->rowCount(), 30);
    QCOMPARE(m_editor->model()->index(17, MeasurementTableModel::ValueColumn).data().toString(),
             QStringLiteral("236"));
    // Its jumps up and back down break the range limit: two marks on the lower panel.
    QCOMPARE(pointsOf(m_editor->chartView()->movingRanges(), QStringLiteral("Jump above the limit"))
                 .size(),
             2);
}

void tst_KpiEditor::editsAndUndoReachTheChart()
{
    MeasurementTableModel *model = m_editor->model();
    QVERIFY(model->setData(model->index(17, MeasurementTableModel::ValueColumn), 185.0));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QTRY_VERIFY(pointsOf(m_editor->chartView()->individuals(), QStringLiteral("Signal")).isEmpty());
    QVERIFY2(m_editor->chartView()->reading().startsWith(QStringLiteral("Predictable between")),
             qPrintable(m_editor->chartView()->reading()));
    QCOMPARE(model->index(17, MeasurementTableModel::ValueColumn).data().toString(),
             QStringLiteral("185"));
    m_document->undoStack()->undo();
    QTRY_COMPARE(pointsOf(m_editor->chartView()->individuals(), QStringLiteral("Signal")).size(),
                 1);
    // A process change marked at point 20: a second phase with limits of its own.
    QVERIFY(model->setData(model->index(19, MeasurementTableModel::PhaseColumn), Qt::Checked,
                           Qt::CheckStateRole));
    QTRY_VERIFY(m_editor->chartView()->reading().startsWith(QStringLiteral("Since the process")));
}

void tst_KpiEditor::pasteIsOneUndoStep()
{
    QVERIFY(m_editor->pasteText(QStringLiteral("190\n191\n")));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QTRY_COMPARE(m_editor->model()->rowCount(), 32);
    QCOMPARE(pointsOf(m_editor->chartView()->individuals(), QStringLiteral("Measured")).size(), 32);
    // Dated after the last one, a day apart.
    QCOMPARE(m_editor->model()->index(30, MeasurementTableModel::TimeColumn).data(Qt::EditRole),
             QVariant(QStringLiteral("2026-11-19")));
    m_document->undoStack()->undo();
    QTRY_COMPARE(m_editor->model()->rowCount(), 30);
    QVERIFY(!m_editor->pasteText(QStringLiteral("lots")));
    QCOMPARE(m_document->undoStack()->count(), 1); // nothing new: only the undone paste
}

void tst_KpiEditor::refusedValueSaysWhy()
{
    MeasurementTableModel *model = m_editor->model();
    QSignalSpy refused(model, &MeasurementTableModel::refused);
    QVERIFY(!model->setData(model->index(0, MeasurementTableModel::ValueColumn),
                            QStringLiteral("fast")));
    QVERIFY(!model->setData(model->index(0, MeasurementTableModel::TimeColumn),
                            QStringLiteral("yesterday")));
    QCOMPARE(refused.count(), 2);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QTRY_VERIFY(!m_editor->findChild<QWidget *>(QStringLiteral("message"))->isHidden());
}

void tst_KpiEditor::propertiesSetTheBaseline()
{
    QWidget *panel = m_editor->propertiesWidget();
    QVERIFY(panel);
    auto *baseline = panel->findChild<QLineEdit *>(QStringLiteral("baseline"));
    auto *message = panel->findChild<QLabel *>(QStringLiteral("baseline_message"));
    QVERIFY(baseline && message);
    baseline->setText(QStringLiteral("1")); // one point has no moving range
    Q_EMIT baseline->editingFinished();
    QVERIFY(!message->isHidden());
    QCOMPARE(m_document->undoStack()->count(), 0);
    baseline->setText(QStringLiteral("15"));
    Q_EMIT baseline->editingFinished();
    QVERIFY(message->isHidden());
    QCOMPARE(m_document->undoStack()->count(), 1);
    // The limits come from the first 15 points now, and the chart says so at once.
    QCOMPARE(KpiStore::of(*m_document)->chart(m_kpi).phases.first().limits.points, 15);
    QTRY_COMPARE(m_editor->chartView()->reading(),
                 KpiReading::text(*KpiStore::of(*m_document)->kpi(m_kpi),
                                  KpiStore::of(*m_document)->series(m_kpi),
                                  KpiStore::of(*m_document)->chart(m_kpi)));
    m_document->undoStack()->undo();
    QCOMPARE(baseline->text(), QString()); // the panel follows undo
}

void tst_KpiEditor::longSeriesAreDecimatedKeepingTheirPeaks()
{
    Kpi kpi;
    kpi.name = QStringLiteral("Latency");
    QList<Measurement> series;
    QList<double> values;
    for (int i = 0; i < 10000; ++i) {
        Measurement m;
        m.value = 100 + (i % 7) + (i == 6543 ? 500 : 0) - (i == 1234 ? 90 : 0);
        series << m;
        values << m.value;
    }
    std::unique_ptr<QChart> chart(
        XmrChartView::individualsChart(kpi, series, XmrChart::analyse(values)));
    const QList<QPointF> drawn = pointsOf(chart.get(), QStringLiteral("Measured"));
    QVERIFY2(drawn.size() <= 1600, qPrintable(QString::number(drawn.size())));
    QVERIFY(drawn.contains(QPointF(6544, 605))); // the peak, and the dip, are still there
    QVERIFY(drawn.contains(QPointF(1235, 12)));
    // The signals are all marked, whatever is drawn of the line.
    QVERIFY(pointsOf(chart.get(), QStringLiteral("Signal")).contains(QPointF(6544, 605)));
}

QTEST_MAIN(tst_KpiEditor)
#include "tst_kpieditor.moc"
