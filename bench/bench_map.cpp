// The map editor's budgets for a 2,000-element map: open from the document <= 300 ms, move one
// item with the scene repainted <= 16 ms, metrics recomputed <= 1 ms after an edit.

#include "artefactkinds.h"
#include "document/document.h"
#include "generatedmap.h"
#include "pack/packexporter.h"
#include "vsm/mapmetrics.h"
#include "vsm/mapscene.h"
#include "vsm/mapstore.h"
#include "vsm/mapview.h"
#include "vsm/moveelements.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Takt;

class bench_Map : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openMapFromDocument();
    void moveOneItemAndRepaint();
    void metricsAfterEdit();
    void flushAfterEdit();
    void exportPackOfTheMap();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void bench_Map::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerArtefactKinds();
    QString error;
    auto document = Document::createNew(&error);
    TaktBench::addGeneratedMap(document.get(), QStringLiteral("Large"), 2000);
    m_path = m_dir.filePath(QStringLiteral("large.takt"));
    QVERIFY2(document->save(m_path, &error), qPrintable(error));
}

void bench_Map::openMapFromDocument()
{
    QBENCHMARK
    {
        QString error;
        auto document = Document::open(m_path, &error);
        MapScene scene(document.get(), MapStore::of(*document)->maps().first()->id());
        QCOMPARE(scene.map()->elements().size(), 2000);
    }
}

void bench_Map::moveOneItemAndRepaint()
{
    QString error;
    auto document = Document::open(m_path, &error);
    const EntityId mapId = MapStore::of(*document)->maps().first()->id();
    MapScene scene(document.get(), mapId);
    MapView view(&scene);
    view.resize(1920, 1080);
    view.show();
    view.zoomToFit();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const MapElement element = MapStore::of(*document)->maps().first()->elements().at(1000);
    QPointF pos = element.pos;
    QBENCHMARK
    {
        const QPointF next = pos + QPointF(10, 0);
        document->undoStack()->push(
            new MoveElements(document.get(), mapId, {{element.id, pos}}, {{element.id, next}}));
        pos = next;
        view.viewport()->repaint();
    }
}

void bench_Map::metricsAfterEdit()
{
    QString error;
    auto document = Document::open(m_path, &error);
    const ValueStreamMap *map = MapStore::of(*document)->maps().first();
    QBENCHMARK
    {
        const MapMetrics metrics = MapMetrics::compute(*map);
        QVERIFY(metrics.leadTime > 0);
    }
}

void bench_Map::flushAfterEdit()
{
    // What reaches the working copy after one move: the edit's own rows, not the whole map.
    QString error;
    auto document = Document::open(m_path, &error);
    const ValueStreamMap *map = MapStore::of(*document)->maps().first();
    const MapElement element = map->elements().at(1000);
    QPointF pos = element.pos;
    QBENCHMARK
    {
        const QPointF next = pos + QPointF(10, 0);
        document->undoStack()->push(
            new MoveElements(document.get(), map->id(), {{element.id, pos}}, {{element.id, next}}));
        pos = next;
        QVERIFY(document->flush(&error));
    }
}

void bench_Map::exportPackOfTheMap()
{
    QString error;
    auto document = Document::open(m_path, &error);
    const QString pdf = m_dir.filePath(QStringLiteral("large.pdf"));
    QBENCHMARK
    {
        QCOMPARE(PackExporter::write(*document, pdf, {}, {}, &error),
                 PackExporter::Result::Written);
    }
}

QTEST_MAIN(bench_Map)
#include "bench_map.moc"
