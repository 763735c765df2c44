#include "actions/actionstore.h"
#include "document/document.h"
#include "document/measuredfigure.h"
#include "editor/chartview.h"
#include "kpi/kpieditor.h"
#include "kpi/kpireading.h"
#include "kpi/kpistore.h"
#include "kpi/measurementtablemodel.h"
#include "kpi/xmrchartview.h"
#include "testsupport.h"
#include "vsm/mapeditor.h"
#include "vsm/mappropertiespanel.h"
#include "vsm/mapscene.h"
#include "vsm/mapstore.h"
#include "vsm/valuestreammap.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QValueAxis>

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
    void chartZoomsAndSaysTheValueUnderThePointer();
    void chartIsSavedAsPngAndSvg();
    void propertiesLinkTheFigureItMeasures();
    void stepTakesItsMeasuredCycleTimeInOneStep();

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

void tst_KpiEditor::chartZoomsAndSaysTheValueUnderThePointer()
{
    ChartView *view = m_editor->chartView()->individualsView();
    QXYSeries *measured = nullptr;
    for (QAbstractSeries *s : view->chart()->series())
        if (s->name() == QLatin1String("Measured"))
            measured = static_cast<QXYSeries *>(s);
    QVERIFY(measured);
    // The pointer a few pixels off point 18 (236 ms, the example's signal): its date, number
    // and value; far from any point, nothing.
    const auto moveTo = [view, measured](const QPointF &value, const QPoint &off) {
        const QPointF inChart = view->chart()->mapToPosition(value, measured);
        const QPoint at = view->mapFromScene(view->chart()->mapToScene(inChart)) + off;
        QMouseEvent move(QEvent::MouseMove, at, view->viewport()->mapToGlobal(at), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
    };
    moveTo(QPointF(18, 236), QPoint(4, 6));
    QVERIFY2(view->hoverText().contains(QStringLiteral("(point 18): 236 ms")),
             qPrintable(view->hoverText()));
    QVERIFY(view->hoverText().contains(QStringLiteral("Feature store"))); // and its note
    moveTo(QPointF(18, 150), QPoint(0, 0));
    QVERIFY2(view->hoverText().isEmpty(), qPrintable(view->hoverText()));

    QVERIFY(!view->isZoomed());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Plus);
    QVERIFY(view->isZoomed());
    auto *x = qobject_cast<QValueAxis *>(view->chart()->axes(Qt::Horizontal).first());
    const qreal shownWidth = x->max() - x->min();
    QVERIFY2(shownWidth < 30, qPrintable(QString::number(shownWidth)));
    // An edit redraws the chart; the zoomed stretch stays in view.
    QVERIFY(m_editor->model()->setData(
        m_editor->model()->index(3, MeasurementTableModel::ValueColumn), 190.0));
    QTRY_VERIFY(m_editor->chartView()->individualsView()->chart()->axes().size() == 2
                && view->chart()->series().first() != measured);
    QVERIFY(view->isZoomed());
    x = qobject_cast<QValueAxis *>(view->chart()->axes(Qt::Horizontal).first());
    QCOMPARE(x->max() - x->min(), shownWidth);
    QTest::keyClick(view, Qt::Key_0);
    QVERIFY(!view->isZoomed());
    x = qobject_cast<QValueAxis *>(view->chart()->axes(Qt::Horizontal).first());
    QCOMPARE(x->min(), 0.5);
    QCOMPARE(x->max(), 30.5);
}

void tst_KpiEditor::chartIsSavedAsPngAndSvg()
{
    QTemporaryDir dir;
    XmrChartView *chart = m_editor->chartView();
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    QCOMPARE(chart->saveImage(png), QString());
    const QImage image(png);
    QVERIFY(!image.isNull());
    // Both panels, one under the other, at twice the pixels for slides.
    QCOMPARE(image.width(), 2 * chart->individualsView()->width());
    QVERIFY(image.height()
            > 2 * (chart->individualsView()->height() + chart->movingRangesView()->height()));
    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    QCOMPARE(chart->saveImage(svg), QString());
    const QByteArray text = TaktTest::readAll(svg);
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("Inference p95 latency: individuals"));
    QVERIFY(text.contains("moving ranges"));
    QVERIFY(text.contains("236")); // the reading under the charts names the point
    const QString txt = dir.filePath(QStringLiteral("chart.txt"));
    QVERIFY(chart->saveImage(txt).contains(QStringLiteral(".png")));
    QVERIFY(!QFile::exists(txt));
    QVERIFY(chart->saveImage(QStringLiteral("/nonexistent-folder/chart.png"))
                .contains(QStringLiteral("cannot be written")));
}

void tst_KpiEditor::propertiesLinkTheFigureItMeasures()
{
    auto *box = m_editor->propertiesWidget()->findChild<QComboBox *>(QStringLiteral("measures"));
    QVERIFY(box);
    QCOMPARE(box->currentIndex(), 0); // the latency measures nothing on a map
    int leadTime = -1;
    for (int i = 0; i < box->count(); ++i)
        if (box->itemText(i).endsWith(QStringLiteral("current state ▸ lead time")))
            leadTime = i;
    QVERIFY(leadTime > 0);
    box->setCurrentIndex(leadTime);
    Q_EMIT box->activated(leadTime);
    QCOMPARE(m_document->undoStack()->count(), 1);
    const auto figure = MeasuredFigures::measuredBy(*m_document, m_kpi);
    QVERIFY(figure);
    QCOMPARE(figure->key, QStringLiteral("lead-time"));
    auto *reading = m_editor->propertiesWidget()->findChild<QLabel *>("measures_reading");
    // ms is no unit the map knows for a time: the panel says so rather than compare.
    QTRY_VERIFY2(reading->text().contains(QStringLiteral("\"ms\"")), qPrintable(reading->text()));
    m_document->undoStack()->undo();
    QVERIFY(!MeasuredFigures::measuredBy(*m_document, m_kpi));
    QTRY_COMPARE(box->currentIndex(), 0);
}

void tst_KpiEditor::stepTakesItsMeasuredCycleTimeInOneStep()
{
    // The example's Labeling is measured by "Labeling cycle time per batch": 30 batches from
    // 4 to 9 h, median 6 h, mean 182.5 / 30 = 6.083 h.
    ValueStreamMap *map = TaktTest::maps(*m_document).maps().first();
    MapEditor editor(m_document.get(), map->id());
    editor.resize(1200, 800);
    editor.show();
    EntityId labeling = 0;
    for (const MapElement &e : map->elements())
        if (e.name == QLatin1String("Labeling"))
            labeling = e.id;
    editor.scene()->selectIds({labeling});
    MapPropertiesPanel *panel = editor.propertiesPanel();
    auto *box = panel->findChild<QWidget *>(QStringLiteral("measured_cycle_time"));
    QVERIFY(box && !box->isHidden());
    const QString reading = panel->findChild<QLabel *>(QStringLiteral("measured_reading"))->text();
    QVERIFY2(reading.contains(QStringLiteral("mean 6.08 h, median 6 h (4–9 h, n = 30)")),
             qPrintable(reading));
    // What links to the step, each opening where it is: its actions and its KPI.
    auto *linked = panel->findChild<QLabel *>(QStringLiteral("linked"));
    QVERIFY(linked && !linked->isHidden());
    QVERIFY2(linked->text().contains(QStringLiteral("Label in single-piece flow")),
             qPrintable(linked->text()));
    QVERIFY(linked->text().contains(QStringLiteral("Labeling cycle time per batch")));
    QSignalSpy open(&editor, &ArtefactEditor::openRequested);
    const EntityId registerId = ActionStore::of(*m_document)->registerId();
    Q_EMIT linked->linkActivated(QStringLiteral("takt:%1").arg(registerId));
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().value<EntityId>(), registerId);

    panel->findChild<QPushButton *>(QStringLiteral("use_mean"))->click();
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(*map->element(labeling)->cycleTime, 182.5 / 30 * 3600);
    // The median after it is a step of its own (no merging with the one before).
    panel->findChild<QPushButton *>(QStringLiteral("use_median"))->click();
    QCOMPARE(m_document->undoStack()->count(), 2);
    QCOMPARE(*map->element(labeling)->cycleTime, 6 * 3600.0);
    m_document->undoStack()->undo();
    QCOMPARE(*map->element(labeling)->cycleTime, 182.5 / 30 * 3600);
    m_document->undoStack()->undo();
    QCOMPARE(*map->element(labeling)->cycleTime, 6 * 3600.0);

    // A step no KPI measures offers nothing.
    EntityId training = 0;
    for (const MapElement &e : map->elements())
        if (e.name == QLatin1String("Training"))
            training = e.id;
    editor.scene()->selectIds({training});
    box = panel->findChild<QWidget *>(QStringLiteral("measured_cycle_time"));
    QVERIFY(box && box->isHidden());
    // The panel follows the link and its undo, without reselecting.
    editor.scene()->selectIds({labeling});
    box = panel->findChild<QWidget *>(QStringLiteral("measured_cycle_time"));
    const EntityId batches
        = KpiStore::of(*m_document)->kpiByName(QStringLiteral("Labeling cycle time per batch"));
    m_document->undoStack()->push(MeasuredFigures::link(*m_document, batches, 0, QString()));
    QTRY_VERIFY(box->isHidden());
    m_document->undoStack()->undo();
    QTRY_VERIFY(!box->isHidden());
}

QTEST_MAIN(tst_KpiEditor)
#include "tst_kpieditor.moc"
