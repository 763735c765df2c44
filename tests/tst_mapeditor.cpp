#include "document/document.h"
#include "editor/chartview.h"
#include "testsupport.h"
#include "vsm/addremovemap.h"
#include "vsm/connectoritem.h"
#include "vsm/elementitem.h"
#include "vsm/figureedit.h"
#include "vsm/futurestate.h"
#include "vsm/mapeditor.h"
#include "vsm/mapexporter.h"
#include "vsm/mapmetrics.h"
#include "vsm/mappropertiespanel.h"
#include "vsm/mapscene.h"
#include "vsm/mapview.h"
#include "vsm/metricstable.h"
#include "vsm/valuestreamcharts.h"
#include "vsm/valuestreamchartsdialog.h"
#include "vsm/valuestreammap.h"
#include "vsm/vsmjson.h"
#include "vsm/workingtimedialog.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGraphicsSceneMouseEvent>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

/** The map editor as a user drives it: items follow the model, gestures become one undo
 *  step each, bad figures are refused. */
class tst_MapEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TaktTest::isolateAppData(); }
    void init();
    void cleanup();
    void sceneMirrorsTheModel();
    void dragIsOneUndoStep();
    void propertiesRefuseBadFiguresAndStoreGoodOnes();
    void newStepIsLinkedIntoTheFlow();
    void copyPasteBetweenMaps();
    void queueByKeyboardGoesIntoTheFlow();
    void queueDroppedOnAnArrowSplitsIt();
    void queueWithNothingSelectedStartsTheFlow();
    void exportsPngSvgAndPdf();
    void exportedFutureStateShowsItsChange();
    void refusedValueStaysUntilCorrected();
    void renameInPlaceClosesOnReturn();
    void undoShortcutPassesThroughFields();
    void headingFollowsARename();
    void nonsenseIsRefusedWithAReason_data();
    void nonsenseIsRefusedWithAReason();
    void emptyStepNameIsAcceptedWithAWarning();
    void calculatorsShowTheirResultLive();
    void valueStreamChartsFollowTheMap();
    void futureStateAgainstCurrentAsBars();

private:
    EntityId idOf(const QString &name) const;
    void mouse(QEvent::Type type, QPointF pos, Qt::MouseButtons buttons);
    std::unique_ptr<Document> m_document;
    MapEditor *m_editor = nullptr;
};

void tst_MapEditor::init()
{
    m_document = TaktTest::documentWithExampleMap();
    m_editor = new MapEditor(m_document.get(), TaktTest::maps(*m_document).maps().first()->id());
    m_editor->resize(1200, 800);
    m_editor->show();
}

void tst_MapEditor::cleanup()
{
    delete m_editor;
    m_document.reset();
}

EntityId tst_MapEditor::idOf(const QString &name) const
{
    for (const MapElement &e : TaktTest::maps(*m_document).maps().first()->elements())
        if (e.name == name)
            return e.id;
    return 0;
}

void tst_MapEditor::mouse(QEvent::Type type, QPointF pos, Qt::MouseButtons buttons)
{
    QGraphicsSceneMouseEvent event(type);
    event.setScenePos(pos);
    event.setButton(type == QEvent::GraphicsSceneMouseMove ? Qt::NoButton : Qt::LeftButton);
    event.setButtons(buttons);
    event.setButtonDownScenePos(Qt::LeftButton, pos);
    event.setLastScenePos(pos);
    QApplication::sendEvent(m_editor->scene(), &event);
}

void tst_MapEditor::sceneMirrorsTheModel()
{
    MapScene *scene = m_editor->scene();
    int elements = 0, connectors = 0;
    for (QGraphicsItem *item : scene->items()) {
        elements += item->type() == ElementItem::Type;
        connectors += item->type() == ConnectorItem::Type;
    }
    QCOMPARE(elements, 12);
    QCOMPARE(connectors, 11);
    QCOMPARE(scene->metrics().leadTime, 1269000.0);

    m_editor->scene()->selectIds({idOf("Labeling")});
    m_editor->deleteSelection();
    QVERIFY(!scene->elementItem(idOf("Labeling")));
    QCOMPARE(scene->metrics().overTaktNames, QStringList {"Training"});
    m_document->undoStack()->undo();
    QVERIFY(scene->elementItem(idOf("Labeling")));
    QCOMPARE(scene->metrics().leadTime, 1269000.0);
}

void tst_MapEditor::dragIsOneUndoStep()
{
    const EntityId id = idOf("Training");
    ElementItem *item = m_editor->scene()->elementItem(id);
    const QPointF start = item->pos();
    mouse(QEvent::GraphicsSceneMousePress, start, Qt::LeftButton);
    for (int i = 1; i <= 10; ++i)
        mouse(QEvent::GraphicsSceneMouseMove, start + QPointF(8 * i, 3 * i), Qt::LeftButton);
    mouse(QEvent::GraphicsSceneMouseRelease, start + QPointF(80, 30), Qt::NoButton);
    QCOMPARE(m_document->undoStack()->count(), 1);
    const QPointF moved = TaktTest::maps(*m_document).maps().first()->element(id)->pos;
    QCOMPARE(moved, QPointF(start.x() + 80, start.y() + 30)); // on the 10-unit grid
    m_document->undoStack()->undo();
    QCOMPARE(TaktTest::maps(*m_document).maps().first()->element(id)->pos, start);
    QCOMPARE(item->pos(), start);
}

void tst_MapEditor::propertiesRefuseBadFiguresAndStoreGoodOnes()
{
    const EntityId id = idOf("Labeling");
    m_editor->scene()->selectIds({id});
    MapPropertiesPanel *panel = m_editor->propertiesPanel();
    auto *cycleTime = panel->findChild<FigureEdit *>(QStringLiteral("cycle_time"));
    QVERIFY(cycleTime);
    QCOMPARE(cycleTime->text(), QStringLiteral("6 h"));

    cycleTime->setText(QStringLiteral("soon"));
    Q_EMIT cycleTime->editingFinished();
    QCOMPARE(TaktTest::maps(*m_document).maps().first()->element(id)->cycleTime.value_or(0),
             6 * 3600.0);
    QCOMPARE(m_document->undoStack()->count(), 0);
    // The reason sits right under its field, as a sentence.
    const auto *message = panel->findChild<QLabel *>(QStringLiteral("cycle_time_message"));
    QVERIFY(message && !message->isHidden());
    QVERIFY2(message->text().startsWith(QStringLiteral("\"soon\" is not a duration"))
                 && message->text().endsWith(QLatin1Char('.')),
             qPrintable(message->text()));

    cycleTime->setText(QStringLiteral("3h"));
    Q_EMIT cycleTime->editingFinished();
    QVERIFY(message->isHidden()); // gone once the field is valid again
    QCOMPARE(TaktTest::maps(*m_document).maps().first()->element(id)->cycleTime.value_or(0),
             3 * 3600.0);
    QCOMPARE(m_editor->scene()->metrics().bottleneckName, QStringLiteral("Training"));
    m_document->undoStack()->undo();
    QCOMPARE(TaktTest::maps(*m_document).maps().first()->element(id)->cycleTime.value_or(0),
             6 * 3600.0);
    QCOMPARE(cycleTime->text(), QStringLiteral("6 h")); // the panel follows undo
}

void tst_MapEditor::newStepIsLinkedIntoTheFlow()
{
    const ValueStreamMap *map = TaktTest::maps(*m_document).maps().first();
    const EntityId labeling = idOf("Labeling");
    const qreal nextX = map->element(idOf("Waiting for GPU"))->pos.x();
    m_editor->scene()->selectIds({labeling});
    m_editor->addProcessStepAfterSelection();
    const EntityId added = idOf("New step");
    QVERIFY(added);
    QCOMPARE(m_editor->scene()->selectedElementIds(), QList<EntityId> {added});
    // Room for it and for a queue before it: 200 + 150 map units.
    QCOMPARE(map->element(added)->pos, map->element(labeling)->pos + QPointF(350, 0));
    QCOMPARE(map->element(idOf("Waiting for GPU"))->pos.x(), nextX + 350); // room was made
    const QList<EntityId> path = MapMetrics::flowPath(*map);
    const int at = int(path.indexOf(labeling));
    QCOMPARE(path.value(at + 1), added);
    QCOMPARE(path.value(at + 2), idOf("Waiting for GPU"));
    QCOMPARE(m_document->undoStack()->count(), 1); // one step for the user
    m_document->undoStack()->undo();
    QVERIFY(!idOf("New step"));
    QCOMPARE(MapMetrics::flowPath(*map).size(), 12);
}

void tst_MapEditor::queueByKeyboardGoesIntoTheFlow()
{
    // Ctrl+Return, then Ctrl+Shift+Return: a step and the queue before it, by keyboard alone.
    const ValueStreamMap *map = TaktTest::maps(*m_document).maps().first();
    const MetricsTable::Row before = MetricsTable::rows(m_editor->scene()->metrics()).at(1);
    // As the main window does: the properties dock shows and takes the focus.
    MapPropertiesPanel *panel = m_editor->propertiesPanel();
    panel->show();
    connect(m_editor, &ArtefactEditor::propertiesFocusRequested, m_editor,
            &MapEditor::focusProperties);
    m_editor->scene()->selectIds({idOf("Training")});
    m_editor->insertQueueAfterSelection();
    const EntityId queue = idOf("Queue");
    QVERIFY(queue);
    QCOMPARE(m_document->undoStack()->count(), 1);
    const QList<EntityId> path = MapMetrics::flowPath(*map);
    QCOMPARE(path.value(path.indexOf(idOf("Training")) + 1), queue);
    QCOMPARE(path.value(path.indexOf(queue) + 1), idOf("Review queue"));
    // The cursor waits in its wait field; typing a wait puts it in the lead time.
    auto *wait = qobject_cast<FigureEdit *>(panel->focusWidget());
    QVERIFY(wait);
    QCOMPARE(wait->objectName(), QStringLiteral("wait"));
    wait->setText(QStringLiteral("1 d"));
    Q_EMIT wait->editingFinished();
    QCOMPARE(m_editor->scene()->metrics().leadTime, 1269000.0 + 86400.0);
    QVERIFY(MetricsTable::rows(m_editor->scene()->metrics()).at(1).value != before.value);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QVERIFY(!idOf("Queue"));
    QCOMPARE(MapMetrics::flowPath(*map).size(), 12);
}

void tst_MapEditor::queueWithNothingSelectedStartsTheFlow()
{
    // A backlog before the first step: Insert Queue with nothing selected.
    const ValueStreamMap *map = TaktTest::maps(*m_document).maps().first();
    const QList<EntityId> before = MapMetrics::flowPath(*map);
    const EntityId first = idOf("Raw data backlog"); // after the supplier
    QCOMPARE(before.value(1), first);
    const QPointF firstPos = map->element(first)->pos;
    m_editor->scene()->clearSelection();
    m_editor->insertQueueAfterSelection();
    const EntityId queue = idOf("Queue");
    QVERIFY(queue);
    QCOMPARE(m_document->undoStack()->count(), 1);
    const QList<EntityId> path = MapMetrics::flowPath(*map);
    // Supplier → queue → the old first: the supplier's arrow now reaches the queue.
    QCOMPARE(path.value(1), queue);
    QCOMPARE(path.mid(2), before.mid(1));
    QCOMPARE(map->element(queue)->pos, firstPos); // in its place; the row moved right
    QCOMPARE(map->element(first)->pos, firstPos + QPointF(150, 0));
    m_document->undoStack()->undo();
    QVERIFY(!idOf("Queue"));
    QCOMPARE(map->element(first)->pos, firstPos);
    QCOMPARE(MapMetrics::flowPath(*map), before);
}

void tst_MapEditor::queueDroppedOnAnArrowSplitsIt()
{
    // A triangle dropped on the arrow between two steps is in the flow, its wait counted.
    ValueStreamMap *map = TaktTest::maps(*m_document).maps().first();
    const MapElement *validation = map->element(idOf("Validation"));
    const MapElement *approval = map->element(idOf("Approval gate"));
    const QPointF between = (validation->pos + approval->pos) / 2;
    const EntityId queue = m_editor->scene()->addElement(ElementKind::Inventory, between);
    m_document->undoStack()->push(
        TaktTest::changeElement(m_document.get(), map->id(), queue, ElementField::Wait, 3600.0));
    const QList<EntityId> path = MapMetrics::flowPath(*map);
    QCOMPARE(path.value(path.indexOf(idOf("Validation")) + 1), queue);
    QCOMPARE(m_editor->scene()->metrics().leadTime, 1269000.0 + 3600.0);
    QVERIFY(m_editor->scene()->metrics().offFlow.isEmpty());
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(map->connectors().size(), 11);
    // Dropped away from any arrow, it stands apart, and the figures say so.
    const EntityId apart = m_editor->scene()->addElement(ElementKind::Inventory, {100, 900});
    m_document->undoStack()->push(
        TaktTest::changeElement(m_document.get(), map->id(), apart, ElementField::Wait, 3600.0));
    QCOMPARE(m_editor->scene()->metrics().offFlow, QList<EntityId> {apart});
    QVERIFY(m_editor->scene()->metrics().warnings.join('\n').contains(
        QStringLiteral("is not in the flow: its 1 h is not in the lead time")));
}

void tst_MapEditor::copyPasteBetweenMaps()
{
    auto *other = new ValueStreamMap(m_document->newId());
    m_document->undoStack()->push(new AddMap(m_document.get(), other));
    m_editor->scene()->selectIds({idOf("Labeling"), idOf("Waiting for GPU"), idOf("Training")});
    m_editor->copySelection();
    MapEditor target(m_document.get(), other->id());
    target.paste();
    QCOMPARE(other->elements().size(), 3);
    QCOMPARE(other->connectors().size(), 2); // only the arrows between the copied elements
    QVERIFY(other->elements().first().id != idOf("Labeling"));
    QCOMPARE(other->elements().first().cycleTime.value_or(0), 6 * 3600.0);
}

void tst_MapEditor::exportsPngSvgAndPdf()
{
    const ValueStreamMap &map = *TaktTest::maps(*m_document).maps().first();
    QTemporaryDir dir;
    QCOMPARE(MapExporter::exportMap(map, MapMetrics::compute(map),
                                    dir.filePath(QStringLiteral("map.png"))),
             QString());
    const QImage png(dir.filePath(QStringLiteral("map.png")));
    QVERIFY(png.width() > 2000); // twice the map's size, for slides
    QCOMPARE(png.pixelColor(2, 2), QColor(Qt::white));

    QCOMPARE(MapExporter::exportMap(map, MapMetrics::compute(map),
                                    dir.filePath(QStringLiteral("map.svg"))),
             QString());
    const QByteArray svg = TaktTest::readAll(dir.filePath(QStringLiteral("map.svg")));
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("Labeling")); // text stays text

    const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
    QCOMPARE(MapExporter::exportMap(map, MapMetrics::compute(map), pdf), QString());
    QVERIFY(TaktTest::readAll(pdf).startsWith("%PDF"));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY2(text.waitForFinished(), "pdftotext (poppler-utils) is needed");
    QVERIFY(text.readAllStandardOutput().contains("Labeling"));

    const QString refused = MapExporter::exportMap(map, MapMetrics::compute(map),
                                                   dir.filePath(QStringLiteral("map.doc")));
    QVERIFY2(refused.contains(QStringLiteral(".png, .svg or .pdf")), qPrintable(refused));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("map.doc"))));
}

void tst_MapEditor::exportedFutureStateShowsItsChange()
{
    // As on screen and in the pack: a future state's ladder reads against its current state.
    const ValueStreamMap &current = *TaktTest::maps(*m_document).maps().first();
    auto future = FutureState::derive(current, [this] { return m_document->newId(); });
    const EntityId id = future->id();
    m_document->undoStack()->push(new AddMap(m_document.get(), future.release()));
    const ValueStreamMap &map = *TaktTest::maps(*m_document).map(id);
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("future.svg"));
    QCOMPARE(MapExporter::exportMap(map, TaktTest::maps(*m_document).metrics(map), svg), QString());
    QVERIFY(TaktTest::readAll(svg).contains("Change against"));
    QCOMPARE(MapExporter::exportMap(map, MapMetrics::compute(map), svg), QString());
    QVERIFY(!TaktTest::readAll(svg).contains("Change against"));
}

void tst_MapEditor::refusedValueStaysUntilCorrected()
{
    m_editor->scene()->selectIds({idOf("Training")});
    MapPropertiesPanel *panel = m_editor->propertiesPanel();
    auto *uptime = panel->findChild<FigureEdit *>(QStringLiteral("uptime"));
    auto *changeover = panel->findChild<FigureEdit *>(QStringLiteral("changeover"));
    QVERIFY(uptime && changeover);
    QCOMPARE(uptime->text(), QStringLiteral("90 %"));
    uptime->setText(QStringLiteral("150 %"));
    Q_EMIT uptime->editingFinished();
    QVERIFY(uptime->isRefused());
    changeover->setText(QStringLiteral("10 min")); // another field commits meanwhile
    Q_EMIT changeover->editingFinished();
    QCOMPARE(uptime->text(), QStringLiteral("150 %")); // still there to correct
    const auto *message = panel->findChild<QLabel *>(QStringLiteral("uptime_message"));
    QVERIFY(message && !message->isHidden());
    QCOMPARE(message->text(), QStringLiteral("\"150 %\" is more than 100 %."));
    uptime->setText(QStringLiteral("95 %"));
    Q_EMIT uptime->editingFinished();
    QVERIFY(!uptime->isRefused());
    QVERIFY(message->isHidden());
    QCOMPARE(
        TaktTest::maps(*m_document).maps().first()->element(idOf("Training"))->uptime.value_or(0),
        0.95);
}

void tst_MapEditor::renameInPlaceClosesOnReturn()
{
    const EntityId id = idOf("Labeling");
    m_editor->editNameInPlace(id);
    auto editors = m_editor->view()->viewport()->findChildren<QLineEdit *>();
    QCOMPARE(editors.size(), 1);
    editors.first()->setText(QStringLiteral("Labelling"));
    m_editor->scene()->selectIds({id});
    QTest::keyClick(editors.first(), Qt::Key_Return);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(TaktTest::maps(*m_document).maps().first()->element(id)->name,
             QStringLiteral("Labelling"));
    QCOMPARE(m_editor->view()->viewport()->findChildren<QLineEdit *>().size(), 0); // closed
}

void tst_MapEditor::undoShortcutPassesThroughFields()
{
    // A field with nothing of its own to undo leaves Ctrl+Z to the map's undo.
    m_editor->scene()->selectIds({idOf("Labeling")});
    auto *edit = m_editor->propertiesPanel()->findChild<FigureEdit *>(QStringLiteral("name"));
    QVERIFY(edit);
    QKeyEvent undo(QEvent::ShortcutOverride, Qt::Key_Z, Qt::ControlModifier);
    QApplication::sendEvent(edit, &undo);
    QVERIFY(!undo.isAccepted());
    edit->insert(QStringLiteral("x")); // now it has its own typing to undo
    QKeyEvent again(QEvent::ShortcutOverride, Qt::Key_Z, Qt::ControlModifier);
    QApplication::sendEvent(edit, &again);
    QVERIFY(again.isAccepted());
}

void tst_MapEditor::headingFollowsARename()
{
    const EntityId map = TaktTest::maps(*m_document).maps().first()->id();
    m_editor->scene()->clearSelection(); // the map's own properties
    auto *heading = m_editor->propertiesPanel()->findChild<QLabel *>(QStringLiteral("heading"));
    QVERIFY(heading);
    m_document->undoStack()->push(TaktTest::changeMap(
        m_document.get(), map, ValueStreamMap::Field::Name, QStringLiteral("Retraining today")));
    QCOMPARE(heading->text(), QStringLiteral("Map: Retraining today"));
}

void tst_MapEditor::nonsenseIsRefusedWithAReason_data()
{
    QTest::addColumn<QString>("step"); // empty: the map's own properties
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a day of 30 h") << QString() << "available_time_per_day"
                                   << "30 h"
                                   << "\"30 h\" is more than 24 h, the most it can be.";
    QTest::newRow("WIP limit 0") << "Training"
                                 << "wip_limit"
                                 << "0"
                                 << "\"0\" is less than 1; leave the field empty for none.";
    QTest::newRow("negative duration") << "Training"
                                       << "changeover"
                                       << "-5 min"
                                       << "A duration cannot be negative (\"-5 min\").";
}

void tst_MapEditor::nonsenseIsRefusedWithAReason()
{
    QFETCH(QString, step);
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    if (step.isEmpty())
        m_editor->scene()->clearSelection();
    else
        m_editor->scene()->selectIds({idOf(step)});
    MapPropertiesPanel *panel = m_editor->propertiesPanel();
    auto *edit = panel->findChild<FigureEdit *>(key);
    QVERIFY(edit);
    edit->setText(text);
    Q_EMIT edit->editingFinished();
    QVERIFY(edit->isRefused());
    QCOMPARE(m_document->undoStack()->count(), 0);
    const auto *message = panel->findChild<QLabel *>(key + QLatin1String("_message"));
    QVERIFY(message && !message->isHidden());
    QCOMPARE(message->text(), reason);
}

void tst_MapEditor::emptyStepNameIsAcceptedWithAWarning()
{
    const EntityId id = idOf("Training");
    m_editor->scene()->selectIds({id});
    MapPropertiesPanel *panel = m_editor->propertiesPanel();
    auto *name = panel->findChild<FigureEdit *>(QStringLiteral("name"));
    const auto *message = panel->findChild<QLabel *>(QStringLiteral("name_message"));
    QVERIFY(name && message && message->isHidden());
    name->setText(QString());
    Q_EMIT name->editingFinished();
    QCOMPARE(m_document->undoStack()->count(), 1); // stored: a warning does not refuse
    QVERIFY(!name->isRefused());
    QVERIFY(!message->isHidden());
    QVERIFY(message->text().contains(QStringLiteral("no name")));
    name->setText(QStringLiteral("Training"));
    Q_EMIT name->editingFinished();
    QVERIFY(message->isHidden());
}

void tst_MapEditor::calculatorsShowTheirResultLive()
{
    WorkingTimeDialog demand(WorkingTimeDialog::Figure::DemandPerDay);
    auto *result = demand.findChild<QLabel *>(QStringLiteral("result"));
    QVERIFY(result);
    demand.findChild<QDoubleSpinBox *>(QStringLiteral("demand_per_month"))->setValue(600);
    demand.findChild<QSpinBox *>(QStringLiteral("working_days"))->setValue(20);
    QCOMPARE(result->text(), QStringLiteral("Demand per day: 30"));
    QCOMPARE(demand.result().value_or(0), 30.0);

    WorkingTimeDialog shifts(WorkingTimeDialog::Figure::AvailableTimePerDay);
    result = shifts.findChild<QLabel *>(QStringLiteral("result"));
    QPushButton *ok = shifts.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    shifts.findChild<QSpinBox *>(QStringLiteral("shifts"))->setValue(2);
    shifts.findChild<QDoubleSpinBox *>(QStringLiteral("hours_per_shift"))->setValue(8);
    shifts.findChild<QSpinBox *>(QStringLiteral("break_minutes"))->setValue(30);
    QCOMPARE(result->text(), QStringLiteral("Available time per day: 15 h")); // 2 x (8 h - 30 min)
    QCOMPARE(shifts.result().value_or(0), 15 * 3600.0);
    QVERIFY(ok->isEnabled());
    shifts.findChild<QSpinBox *>(QStringLiteral("shifts"))->setValue(3);
    shifts.findChild<QDoubleSpinBox *>(QStringLiteral("hours_per_shift"))->setValue(9);
    QVERIFY(result->text().contains(QStringLiteral("more than a day")));
    QVERIFY(!shifts.result());
    QVERIFY(!ok->isEnabled()); // nothing that cannot be stored is offered
}

void tst_MapEditor::valueStreamChartsFollowTheMap()
{
    ValueStreamChartsDialog dialog(m_editor->scene());
    const auto barsOf = [](QChartView *view) {
        for (QAbstractSeries *s : view->chart()->series())
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
                return bars->barSets();
        return QList<QBarSet *>();
    };
    const auto categories = [](QChartView *view) {
        for (QAbstractAxis *axis : view->chart()->axes())
            if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
                return c->categories();
        return QStringList();
    };
    // The shared example: five steps; Labeling (6 h) and Training (5 h) over the 4 h takt.
    QList<QBarSet *> balance = barsOf(dialog.operatorBalance());
    QCOMPARE(balance.size(), 2); // value-added, not value-added
    QCOMPARE(balance.at(0)->count(), 5);
    const QStringList steps = categories(dialog.operatorBalance());
    QCOMPARE(steps.at(1), QStringLiteral("▲ Labeling")); // in words, not colour
    QCOMPARE(steps.at(0), QStringLiteral("Data ingestion"));
    QCOMPARE(balance.at(0)->at(1) + balance.at(1)->at(1), 6.0); // hours: C/T of Labeling
    // A bar under the pointer says its set, its step and its value, and stays said while the
    // pointer moves over it (no line point nearby takes it away).
    Q_EMIT balance.at(0)->hovered(true, 1);
    ChartView *view = dialog.operatorBalance();
    QVERIFY2(view->hoverText().startsWith(QStringLiteral("Value-added, ▲ Labeling: 6")),
             qPrintable(view->hoverText()));
    QMouseEvent move(QEvent::MouseMove, QPointF(10, 10), view->mapToGlobal(QPoint(10, 10)),
                     Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QVERIFY(!view->hoverText().isEmpty());
    Q_EMIT balance.at(0)->hovered(false, 1);
    QVERIFY(view->hoverText().isEmpty());
    // The waterfall ends at the lead time: 14.7 d, 14 d of it waiting (the bottom bar: a
    // horizontal chart counts from the bottom, so the flow reads top to bottom).
    QList<QBarSet *> steps2 = barsOf(dialog.waterfall());
    QCOMPARE(steps2.size(), 3); // the invisible base, waiting, process time
    QVERIFY(categories(dialog.waterfall()).first().startsWith(QStringLiteral("Lead time")));
    const int last = 0;
    QVERIFY(qAbs(steps2.at(1)->at(last) + steps2.at(2)->at(last) - 1269000.0 / 86400) < 1e-9);
    // An edit of the map redraws them: Labeling at 3 h is no longer over takt.
    m_document->undoStack()->push(
        TaktTest::changeElement(m_document.get(), TaktTest::maps(*m_document).maps().first()->id(),
                                idOf("Labeling"), ElementField::CycleTime, 3 * 3600.0));
    QTRY_COMPARE(categories(dialog.operatorBalance()).at(1), QStringLiteral("Labeling"));
    m_document->undoStack()->undo();
    QTRY_COMPARE(categories(dialog.operatorBalance()).at(1), QStringLiteral("▲ Labeling"));
}

void tst_MapEditor::futureStateAgainstCurrentAsBars()
{
    // The example's future state against its current state, as the comparison page gives it.
    QString error;
    auto example
        = Document::open(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), &error, Document::Access::ReadOnly);
    QVERIFY2(example, qPrintable(error));
    const ValueStreamMap *future = TaktTest::maps(*example).maps().at(1);
    const ValueStreamMap *current = TaktTest::maps(*example).map(future->derivedFrom());
    QVERIFY(current);
    const MapMetrics was = MapMetrics::compute(*current);
    const MapMetrics now = MapMetrics::compute(*future, current);
    std::unique_ptr<QChart> chart(
        ValueStreamCharts::currentAgainstFuture(future->name(), was, now));
    QBarSeries *bars = nullptr;
    for (QAbstractSeries *s : chart->series())
        bars = bars ? bars : qobject_cast<QBarSeries *>(s);
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 2);
    QCOMPARE(bars->barSets().at(0)->at(0), 100.0); // the current state is the measure
    QVERIFY(qAbs(bars->barSets().at(1)->at(0) - now.leadTime / was.leadTime * 100) < 1e-9);
    QStringList labels;
    for (QAbstractAxis *axis : chart->axes(Qt::Horizontal))
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            labels = c->categories();
    QCOMPARE(labels.size(), 5);
    QCOMPARE(labels.first(), QStringLiteral("Lead time<br>−74 %")); // the change, in words
    QVERIFY2(labels.at(2).endsWith(QStringLiteral("+8.5 pp")), qPrintable(labels.at(2)));
}

QTEST_MAIN(tst_MapEditor)
#include "tst_mapeditor.moc"
