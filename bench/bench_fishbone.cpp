// The fishbone budget of issue 8: a fishbone of 200 causes lays out in <= 50 ms. Also timed:
// its drawing painted whole, and an edit in the open editor with its relayout and repaint.

#include "artefactkinds.h"
#include "document/document.h"
#include "fishbone/fishbonedrawing.h"
#include "fishbone/fishboneeditor.h"
#include "fishbone/fishbonestore.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

class bench_Fishbone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void layOutAFishboneOf200Causes();
    void paintAFishboneOf200Causes();
    void addACauseAndRelayout();

private:
    std::unique_ptr<Document> m_document;
    FishboneTree m_tree;
};

void bench_Fishbone::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerArtefactKinds();
    QString error;
    m_document = Document::createNew(&error);
    QVERIFY2(m_document, qPrintable(error));
    // Six bones of 33 or 34 causes each, every third a sub-cause of the one before, wordings
    // of one to three lines.
    m_tree.diagram.id = m_document->newId();
    m_tree.diagram.name = QStringLiteral("Precision dropped");
    m_tree.diagram.effect = QStringLiteral("Fraud model precision fell from 0.91 to 0.78");
    const QStringList bones = FishboneTree::aiOperations();
    for (const QString &name : bones) {
        FishboneCategory bone;
        bone.id = m_document->newId();
        bone.diagram = m_tree.diagram.id;
        bone.name = name;
        m_tree.categories << bone;
    }
    EntityId previous = 0;
    for (int i = 0; i < 200; ++i) {
        FishboneCause c;
        c.id = m_document->newId();
        c.diagram = m_tree.diagram.id;
        const EntityId bone = m_tree.categories.at(i % bones.size()).id;
        c.parent = i % 3 == 2 && previous ? previous : bone;
        c.text = QStringLiteral("Cause %1: the feature store served stale values")
                     .arg(i)
                     .left(20 + (i * 13) % 40);
        c.likely = i % 7 == 0;
        m_tree.causes << c;
        previous = c.parent == bone ? c.id : previous;
    }
    m_document->undoStack()->push(FishboneStore::of(*m_document)->addDiagram(m_tree, "Add"));
}

void bench_Fishbone::layOutAFishboneOf200Causes()
{
    QFont font;
    font.setPixelSize(16);
    QBENCHMARK
    {
        const FishboneDrawing drawing(m_tree, font);
        QVERIFY(!drawing.bounds().isEmpty());
    }
}

void bench_Fishbone::paintAFishboneOf200Causes()
{
    QFont font;
    font.setPixelSize(12);
    const FishboneDrawing drawing(m_tree, font);
    QImage image(drawing.bounds().size().toSize(), QImage::Format_ARGB32_Premultiplied);
    QBENCHMARK
    {
        QPainter painter(&image);
        painter.translate(-drawing.bounds().topLeft());
        drawing.paint(painter);
    }
}

void bench_Fishbone::addACauseAndRelayout()
{
    FishboneEditor editor(m_document.get(), m_tree.diagram.id);
    editor.resize(1366, 700);
    editor.show();
    QCoreApplication::processEvents();
    FishboneStore &store = *FishboneStore::of(*m_document);
    int i = 0;
    QBENCHMARK
    {
        FishboneCause c;
        c.id = m_document->newId();
        c.diagram = m_tree.diagram.id;
        c.parent = m_tree.categories.first().id;
        c.text = QStringLiteral("Typed cause %1").arg(i++);
        m_document->undoStack()->push(store.addCause(c));
        QCoreApplication::processEvents(); // the drawing follows, then paints
        editor.repaint();
    }
}

QTEST_MAIN(bench_Fishbone)
#include "bench_fishbone.moc"
