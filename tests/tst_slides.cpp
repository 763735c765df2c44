#include "common/contrast.h"
#include "document/artefactkind.h"
#include "document/artefactstore.h"
#include "document/slide.h"
#include "pack/slidedeck.h"
#include "pack/slideexporter.h"
#include "testsupport.h"
#include "vsm/mapmetrics.h"
#include "vsm/mappainter.h"
#include "vsm/mapparts.h"
#include "vsm/paintstyle.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Takt;

/** The presentation's slides as the back of the room sees them: the smallest text at its
 *  share of the screen, every part on the screen, cut between boxes, nothing left out. */
class tst_Slides : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TaktTest::isolateAppData(); }
    void readableAtEveryScreen_data();
    void readableAtEveryScreen();
    void aSmallMapIsOneSlide();
    void exportedSlidesAre16To9();
    void projectorPaletteMeetsWcagAA();

private:
    QTemporaryDir m_dir;
};

void tst_Slides::readableAtEveryScreen_data()
{
    QTest::addColumn<QSizeF>("screen");
    QTest::addColumn<qreal>("share");
    QTest::newRow("1080p, a room") << QSizeF(1920, 1080) << 0.025;
    QTest::newRow("1366x768, a room") << QSizeF(1366, 768) << 0.025;
    QTest::newRow("1080p, a hall") << QSizeF(1920, 1080) << 0.05;
}

void tst_Slides::readableAtEveryScreen()
{
    QFETCH(QSizeF, screen);
    QFETCH(qreal, share);
    auto document = TaktTest::documentWithExampleMap();
    const ValueStreamMap &map = *TaktTest::maps(*document).maps().first();
    const QList<Slide> slides = SlideDeck::build(*document, screen, share);
    QVERIFY(slides.size() > 1); // the example is too wide to read whole at this size
    const QFont font = MapPainter::mapFont();
    const MapMetrics metrics = MapMetrics::compute(map);
    const QRectF bounds = MapPainter::mapBounds(map, metrics, font);
    const QRectF area = SlideDeck::area(screen);
    QRectF covered;
    for (const Slide &slide : slides) {
        QCOMPARE(slide.artefact, map.id());
        // The smallest text is at least its share of the screen height (27 px at 1080p).
        QVERIFY(MapParts::smallestText(font) * slide.scale >= share * screen.height() - 1e-6);
        const QSizeF shown
            = QSizeF(slide.source.width(), slide.source.height() + slide.footer.height())
            * slide.scale;
        QVERIFY2(shown.width() <= area.width() + 1 && shown.height() <= area.height() + 1,
                 qPrintable(slide.title));
        QVERIFY(slide.title.contains(QStringLiteral("(part ")));
        QVERIFY(!slide.figures.isEmpty());
        covered |= slide.source;
        if (!slide.footer.isEmpty()) {
            covered |= slide.footer;
            QCOMPARE(slide.footer.left(), slide.source.left()); // the ladder of its columns
            QCOMPARE(slide.footer.width(), slide.source.width());
        }
        // In a room the ladder stays in view under every part, cut into rows or not; in a
        // hall it would take most of the screen, and shows under the last row only.
        if (share <= SlideDeck::DefaultTextShare)
            QVERIFY2(!slide.footer.isEmpty() || slide.source.bottom() >= bounds.bottom() - 1e-6,
                     qPrintable(slide.title));
        QVERIFY(slide.footer.isEmpty() || slide.footer.top() == MapPainter::ladderTop(map, font));
    }
    // Nothing left out: every element is on a slide (parts with none in them are skipped).
    for (const MapElement &e : map.elements())
        QVERIFY2(std::any_of(slides.cbegin(), slides.cend(),
                             [&e](const Slide &s) { return s.source.contains(e.pos); }),
                 qPrintable(e.name));
    QVERIFY(bounds.contains(covered));
    // No column is cut through a process box.
    for (const Slide &slide : slides)
        for (const MapElement &e : map.elements())
            if (e.kind == ElementKind::Process) {
                const QRectF box = MapPainter::iconRect(e).translated(e.pos);
                QVERIFY2(!(slide.source.left() > box.left() && slide.source.left() < box.right()),
                         qPrintable(e.name));
            }
}

void tst_Slides::aSmallMapIsOneSlide()
{
    QString error;
    auto document = Document::createNew(&error);
    auto map = VsmJson::read(
        R"({"format":"takt-vsm","version":1,"name":"Tiny","steps":[{"type":"process","name":"A"}]})",
        [&] { return document->newId(); }, &error);
    QVERIFY2(map, qPrintable(error));
    document->undoStack()->push(new AddMap(document.get(), map.release()));
    const QList<Slide> slides = SlideDeck::build(*document, QSizeF(1920, 1080));
    QCOMPARE(slides.size(), 1);
    QCOMPARE(slides.first().title, QStringLiteral("Tiny"));
    QVERIFY(slides.first().scale * MapParts::smallestText(MapPainter::mapFont()) >= 27);
}

void tst_Slides::exportedSlidesAre16To9()
{
    auto document = TaktTest::documentWithExampleMap();
    const QString pdf = m_dir.filePath(QStringLiteral("slides.pdf"));
    QString error;
    int count = 0;
    QVERIFY2(SlideExporter::write(*document, pdf, &error, 0.025, {}, &count), qPrintable(error));
    QCOMPARE(count, int(SlideDeck::build(*document, QSizeF(1920, 1080)).size()));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(30000));
    const QString out = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("1920 x 1080 pts")), qPrintable(out));
    QCOMPARE(QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(out).captured(1).toInt(),
             count);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString all = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(all.contains(QStringLiteral("Model retraining - current state (part 1 of")));
    QVERIFY(all.contains(QStringLiteral("Labeling"))); // the map is vector, its text text

    // Nothing to present: nothing written, and it says so.
    QString empty;
    auto none = Document::createNew(&empty);
    const QString never = m_dir.filePath(QStringLiteral("never.pdf"));
    QVERIFY(!SlideExporter::write(*none, never, &error, 0.025));
    QVERIFY2(error.contains(QStringLiteral("nothing to present")), qPrintable(error));
    QVERIFY(!QFile::exists(never));
}

void tst_Slides::projectorPaletteMeetsWcagAA()
{
    QCOMPARE(Contrast::ratio(Qt::black, Qt::white), 21.0);
    QCOMPARE(Contrast::ratio(Paint::Accent, Paint::Accent), 1.0);
    QVERIFY(Contrast::ratio(QColor(0xcc, 0xcc, 0xcc), Qt::white) < Contrast::Graphics); // a grey
    // Every text on the background it is drawn on, on the map and around it on a slide.
    const QList<std::tuple<const char *, QColor, QColor>> texts = {
        {"ink on paper", Paint::Ink, Paint::Paper},
        {"soft ink on paper", Paint::SoftInk, Paint::Paper},
        {"over takt, red on paper", Paint::Accent, Paint::Paper},
        {"over takt, red on its wash", Paint::Accent, Paint::AccentWash},
        {"a tag, white on its fill", Paint::Paper, Paint::TagFill},
        {"a kaizen burst", Paint::Ink, Paint::KaizenFill},
        {"a template", Paint::Ink, Paint::TemplateFill},
        {"muted text", Paint::Muted, Paint::Paper},
        {"a change for the better", Paint::Better, Paint::Paper},
        {"a slide's title", SlideDeck::Ink, SlideDeck::TitleBand},
        {"a slide's figures", SlideDeck::Ink, SlideDeck::FiguresPanel},
    };
    for (const auto &[what, text, ground] : texts)
        QVERIFY2(Contrast::ratio(text, ground) >= Contrast::Text,
                 qPrintable(QStringLiteral("%1: %2:1")
                                .arg(QLatin1String(what))
                                .arg(Contrast::ratio(text, ground), 0, 'f', 2)));
    // Every line and outline at least 3:1.
    for (const QColor &line : {Paint::Ink, Paint::SoftInk, Paint::Accent, Paint::Selection})
        QVERIFY2(Contrast::ratio(line, Paint::Paper) >= Contrast::Graphics,
                 qPrintable(line.name()));
}

QTEST_MAIN(tst_Slides)
#include "tst_slides.moc"
