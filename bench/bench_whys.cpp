// The 5 Whys budgets of issue 8: an analysis of 500 causes opens (read from its file, the
// outline, the guidance and the tree diagram laid out and painted) in <= 100 ms, and an edit
// with its relayout takes <= 16 ms.

#include "artefactkinds.h"
#include "document/document.h"
#include "whys/fivewhyseditor.h"
#include "whys/fivewhysstore.h"
#include "whys/whysdiagram.h"
#include "whys/whysoutlineview.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

class bench_Whys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openAnAnalysisOf500Causes();
    void layOutATreeOf500Causes();
    void addACauseAndRelayout();

private:
    QTemporaryDir m_dir;
    QString m_path;
    EntityId m_analysis = 0;
};

void bench_Whys::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerArtefactKinds();
    QString error;
    auto document = Document::createNew(&error);
    QVERIFY2(document, qPrintable(error));
    // Five branches, each cause with up to three causes of its own, seven levels deep at most.
    FiveWhysTree tree;
    tree.analysis.id = document->newId();
    tree.analysis.name = QStringLiteral("Latency over its SLO");
    tree.analysis.problem = QStringLiteral("p95 inference latency is 480 ms against 200 ms");
    QList<EntityId> parents {0};
    QHash<EntityId, int> depth {{0, 0}};
    for (int i = 0; tree.causes.size() < 500; ++i) {
        const EntityId parent = parents.at(i % parents.size());
        if (depth.value(parent) >= 7)
            continue;
        WhyCause c;
        c.id = document->newId();
        c.analysis = tree.analysis.id;
        c.parent = parent;
        c.text = QStringLiteral("Cause %1: requests wait for a feature lookup").arg(i);
        c.evidence = QStringLiteral("Trace sample %1").arg(i);
        c.rootCause = i % 9 == 0;
        tree.causes << c;
        parents << c.id;
        depth.insert(c.id, depth.value(parent) + 1);
    }
    m_analysis = tree.analysis.id;
    document->undoStack()->push(FiveWhysStore::of(*document)->addAnalysis(tree, "Add"));
    m_path = m_dir.filePath(QStringLiteral("whys.takt"));
    QVERIFY2(document->save(m_path, &error), qPrintable(error));
}

void bench_Whys::openAnAnalysisOf500Causes()
{
    QBENCHMARK
    {
        QString error;
        auto document = Document::open(m_path, &error, Document::Access::ReadOnly);
        QVERIFY2(document, qPrintable(error));
        FiveWhysEditor editor(document.get(), m_analysis);
        editor.resize(1366, 700);
        editor.show();
        QCoreApplication::processEvents();
        QCOMPARE(FiveWhysStore::of(*document)->causes().count(), 500);
    }
}

void bench_Whys::layOutATreeOf500Causes()
{
    QString error;
    auto document = Document::open(m_path, &error, Document::Access::ReadOnly);
    const FiveWhysTree tree = FiveWhysStore::of(*document)->tree(m_analysis);
    QFont font;
    font.setPixelSize(16);
    QBENCHMARK
    {
        const WhysDiagram diagram(tree, font);
        QVERIFY(!diagram.bounds().isEmpty());
    }
}

void bench_Whys::addACauseAndRelayout()
{
    QString error;
    auto document = Document::open(m_path, &error);
    QVERIFY2(document, qPrintable(error));
    FiveWhysEditor editor(document.get(), m_analysis);
    editor.resize(1366, 700);
    editor.show();
    QCoreApplication::processEvents();
    FiveWhysStore &store = *FiveWhysStore::of(*document);
    const EntityId parent = store.childrenOf(m_analysis, 0).first();
    int i = 0;
    QBENCHMARK
    {
        WhyCause c;
        c.id = document->newId();
        c.analysis = m_analysis;
        c.parent = parent;
        c.text = QStringLiteral("Typed cause %1").arg(i++);
        document->undoStack()->push(store.addCause(c));
        QCoreApplication::processEvents(); // the diagram and the guidance follow, then paint
        editor.repaint();
    }
}

QTEST_MAIN(bench_Whys)
#include "bench_whys.moc"
