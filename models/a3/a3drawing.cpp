#include "a3drawing.h"

#include "a3store.h"
#include "document/artefactkind.h"
#include "document/document.h"
#include "pdca.h"
#include "pdcacircle.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QTextDocument>

namespace Takt {

namespace {
const qreal Margin = 28;
const qreal Gap = 14;
const qreal HeaderHeight = 70;
const qreal TitleStrip = 20;
const qreal Body = 10.5;
const qreal ContinuedHeight
    = 13; // the "(continued in Takt)" line // pixels of the sections' text: 3.7 mm on the paper
const QColor Ink(0x22, 0x22, 0x22);
const QColor Muted(0x5a, 0x5a, 0x5a);
const QColor Strip(0xe3, 0xec, 0xf3);
const QColor Rule(0x8a, 0x9b, 0xa8);

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("–");
}

std::optional<Slide> snapshotOf(const Document &document, EntityId id)
{
    const ArtefactStore *store = id ? document.storeOf(id) : nullptr;
    return store ? store->kind().snapshot(document, id) : std::nullopt;
}
} // namespace

A3Drawing::Content A3Drawing::contentOf(const Document &document, EntityId report)
{
    const A3Store &store = *A3Store::of(document);
    Content content;
    content.sheet = store.sheet(report);
    content.map = snapshotOf(document, store.mapOf(report));
    content.analysis = snapshotOf(document, store.analysisOf(report));
    content.rootCauses = store.rootCausesOf(report);
    return content;
}

QRectF A3Drawing::sheetRect()
{
    const QSizeF size = QPageSize(QPageSize::A3).size(QPageSize::Point);
    return QRectF(0, 0, size.height(), size.width()); // landscape
}

QList<QRectF> A3Drawing::sectionBoxes()
{
    const QRectF sheet = sheetRect();
    const qreal top = Margin + HeaderHeight + Gap;
    const qreal column = (sheet.width() - 2 * Margin - Gap) / 2;
    const qreal height = sheet.bottom() - Margin - top;
    // The plan on the left, do and check on the right; the boxes that embed a drawing (the
    // current condition, the analysis) are the larger ones.
    const QList<QList<qreal>> columns {{0.16, 0.36, 0.14, 0.34}, {0.32, 0.34, 0.34}};
    QList<QRectF> boxes;
    for (int c = 0; c < 2; ++c) {
        qreal y = top;
        const QList<qreal> &shares = columns.at(c);
        for (qreal share : shares) {
            const qreal h = share * (height - Gap * (shares.size() - 1));
            boxes << QRectF(Margin + c * (column + Gap), y, column, h);
            y += h + Gap;
        }
    }
    return boxes;
}

int A3Drawing::sectionAt(QPointF point)
{
    const QList<QRectF> boxes = sectionBoxes();
    for (int i = 0; i < boxes.size(); ++i)
        if (boxes.at(i).contains(point))
            return i;
    return -1;
}

QStringList A3Drawing::sectionTitles()
{
    return {tr("1 Background"),          tr("2 Current condition"), tr("3 Goal"),
            tr("4 Root-cause analysis"), tr("5 Countermeasures"),   tr("6 Implementation plan"),
            tr("7 Follow-up and check")};
}

A3Drawing::A3Drawing(Content content, const QFont &font)
    : m_content(std::move(content))
    , m_family(font.family())
{ }

QFont A3Drawing::font(qreal pixels, bool bold) const
{
    QFont f(m_family);
    f.setPixelSize(qRound(pixels));
    f.setBold(bold);
    // No ligatures: "ﬁ" would reach pdftotext, search and screen readers as one character.
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return f;
}

QRectF A3Drawing::boxOf(EntityId item) const
{
    return item == m_content.sheet.report.id ? bounds() : QRectF();
}

EntityId A3Drawing::itemAt(QPointF point) const
{
    return bounds().contains(point) ? m_content.sheet.report.id : 0;
}

void A3Drawing::paint(QPainter &painter, EntityId selected, const QRectF &visible) const
{
    Q_UNUSED(selected)
    Q_UNUSED(visible)
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(bounds(), Qt::white);
    painter.setPen(QPen(Rule, 0.8));
    painter.drawRect(bounds().adjusted(0.4, 0.4, -0.4, -0.4));
    paintHeader(painter);
    const A3Report &r = m_content.sheet.report;
    const QList<QString> texts {r.background, r.currentCondition, r.goal,
                                r.analysis,   r.countermeasures,  r.plan,
                                r.followUp};
    for (int i = 0; i < texts.size(); ++i) {
        QRectF rest = paintSection(painter, i);
        const std::optional<Slide> *embedded = i == 1 ? &m_content.map
            : i == 3                                  ? &m_content.analysis
                                                      : nullptr;
        QList<Line> lines;
        if (i == 2)
            lines = goalLines();
        else if (i == 4)
            lines = rootCauseLines();
        else if (i == 6)
            lines = checkLines();
        // Embedded drawings take the lower part, so that the text above them stays short.
        QRectF textBox = rest;
        if (embedded && *embedded)
            textBox.setHeight(rest.height() * 0.4);
        const qreal used = paintText(painter, texts.at(i), textBox);
        rest.setTop(rest.top() + used + (used > 0 ? 6 : 0));
        if (embedded && *embedded)
            paintSnapshot(painter, **embedded, rest);
        else if (!lines.isEmpty())
            paintLines(painter, lines, rest);
    }
    painter.restore();
}

void A3Drawing::paintHeader(QPainter &painter) const
{
    const A3Report &r = m_content.sheet.report;
    const QRectF header(Margin, Margin, bounds().width() - 2 * Margin, HeaderHeight);
    painter.setPen(QPen(Ink, 1.2));
    painter.drawLine(header.bottomLeft(), header.bottomRight());
    const qreal circle = 44;
    const QRectF title(header.left(), header.top(), header.width() * 0.62, HeaderHeight - 6);
    painter.setFont(font(22, true));
    painter.setPen(Ink);
    // Two lines at most, above the A3's name: a longer theme is cut at the second line.
    const QRectF themeBox(title.left(), title.top(), title.width(), HeaderHeight - 22);
    painter.save();
    painter.setClipRect(themeBox, Qt::IntersectClip);
    painter.drawText(themeBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     r.theme.isEmpty() ? r.name : r.theme);
    painter.restore();
    painter.setFont(font(11));
    painter.setPen(Muted);
    painter.drawText(title, Qt::AlignLeft | Qt::AlignBottom, tr("A3: %1").arg(r.name));
    const qreal stageWidth = 110; // "Abgeschlossen" in bold
    const QRectF about(title.right() + Gap, header.top(),
                       header.right() - title.right() - 2 * Gap - circle - stageWidth,
                       HeaderHeight - 6);
    const QStringList lines {
        tr("Owner: %1").arg(r.owner.isEmpty() ? QStringLiteral("–") : r.owner),
        tr("Sponsor or coach: %1").arg(r.coach.isEmpty() ? QStringLiteral("–") : r.coach),
        tr("Date: %1").arg(date(r.date))};
    painter.setPen(Ink);
    painter.drawText(about, Qt::AlignLeft | Qt::AlignVCenter, lines.join(QLatin1Char('\n')));
    const QRectF ring(header.right() - circle - stageWidth, header.top() + 4, circle, circle);
    PdcaCircle::paint(painter, ring, Pdca::quarters(r.stage));
    painter.setFont(font(12, true));
    painter.setPen(Ink);
    painter.drawText(QRectF(ring.right() + 6, ring.top(), stageWidth - 6, circle),
                     Qt::AlignLeft | Qt::AlignVCenter, Pdca::stageName(r.stage));
    painter.setFont(font(9));
    painter.setPen(Muted);
    painter.drawText(QRectF(ring.left() - 20, ring.bottom() + 2, circle + 100, 14), Qt::AlignLeft,
                     tr("PDCA stage"));
}

QRectF A3Drawing::paintSection(QPainter &painter, int index) const
{
    const QRectF box = sectionBoxes().at(index);
    painter.setPen(QPen(Rule, 0.8));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    const QRectF strip(box.left(), box.top(), box.width(), TitleStrip);
    painter.fillRect(strip.adjusted(0.4, 0.4, -0.4, 0), Strip);
    painter.setFont(font(12, true));
    painter.setPen(Ink);
    painter.drawText(strip.adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     sectionTitles().at(index));
    return box.adjusted(6, TitleStrip + 4, -6, -4);
}

qreal A3Drawing::paintText(QPainter &painter, const QString &markdown, const QRectF &box) const
{
    if (markdown.trimmed().isEmpty())
        return 0;
    QTextDocument text;
    text.setDefaultFont(font(Body));
    text.setDocumentMargin(0);
    text.setIndentWidth(14);
    text.setMarkdown(markdown);
    text.setTextWidth(box.width());
    const qreal height = text.size().height();
    const bool cut = height > box.height();
    // More than the box holds: the last line of the box says so, nothing is silently cut.
    const QSizeF shown(box.width(), cut ? box.height() - ContinuedHeight : box.height());
    painter.save();
    painter.translate(box.topLeft());
    painter.setClipRect(QRectF(QPointF(0, 0), shown), Qt::IntersectClip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Ink);
    context.clip = QRectF(QPointF(0, 0), shown);
    text.documentLayout()->draw(&painter, context);
    painter.restore();
    if (cut)
        paintContinued(painter, box);
    return qMin(height, box.height());
}

void A3Drawing::paintContinued(QPainter &painter, const QRectF &box) const
{
    painter.setFont(font(9, true));
    painter.setPen(Muted);
    painter.drawText(box, Qt::AlignRight | Qt::AlignBottom, tr("(continued in Takt)"));
}

void A3Drawing::paintSnapshot(QPainter &painter, const Slide &slide, const QRectF &box) const
{
    QStringList figures;
    for (const auto &figure : slide.figures.mid(0, 4))
        figures << QStringLiteral("%1: %2").arg(figure.first, figure.second);
    const qreal figureLine = figures.isEmpty() ? 0 : 16;
    const QRectF area = box.adjusted(0, 0, 0, -figureLine - 14);
    painter.setFont(font(9, true));
    painter.setPen(Muted);
    painter.drawText(QRectF(box.left(), box.top(), box.width(), 14), Qt::AlignLeft,
                     tr("Shown live: %1").arg(slide.title));
    const QRectF drawn = area.adjusted(0, 14, 0, 0);
    if (!slide.source.isEmpty() && !drawn.isEmpty()) {
        const qreal scale
            = qMin(drawn.width() / slide.source.width(), drawn.height() / slide.source.height());
        const QSizeF size = slide.source.size() * scale;
        painter.save();
        painter.translate(drawn.left() + (drawn.width() - size.width()) / 2, drawn.top());
        painter.scale(scale, scale);
        painter.translate(-slide.source.topLeft());
        painter.setClipRect(slide.source, Qt::IntersectClip);
        slide.paint(&painter, slide.source);
        painter.restore();
    }
    if (!figures.isEmpty()) {
        painter.setFont(font(10, true));
        painter.setPen(Ink);
        painter.drawText(
            QRectF(box.left(), box.bottom() - figureLine, box.width(), figureLine),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(font(10, true))
                .elidedText(figures.join(QStringLiteral(" · ")), Qt::ElideRight, box.width()));
    }
}

void A3Drawing::paintLines(QPainter &painter, const QList<Line> &lines, QRectF box) const
{
    painter.setPen(Ink);
    for (int i = 0; i < lines.size(); ++i) {
        painter.setFont(font(Body, lines.at(i).bold));
        const QRectF used = painter.boundingRect(box, Qt::TextWordWrap, lines.at(i).text);
        const bool last = i == lines.size() - 1;
        if (used.bottom() > box.bottom() - (last ? 0 : ContinuedHeight)) {
            paintContinued(painter, box);
            return;
        }
        painter.drawText(box, Qt::TextWordWrap, lines.at(i).text);
        box.setTop(used.bottom() + 2);
    }
}

QList<A3Drawing::Line> A3Drawing::goalLines() const
{
    const A3Report &r = m_content.sheet.report;
    if (r.figure.isEmpty() && !r.baseline && !r.target)
        return {
            {tr("No measurable goal yet: a figure, its baseline, the target and by when."), false}};
    return {{tr("%1: from %2 to %3 by %4")
                 .arg(r.figure.isEmpty() ? tr("Figure") : r.figure, Pdca::figureText(r.baseline),
                      Pdca::figureText(r.target), date(r.targetBy)),
             true}};
}

QList<A3Drawing::Line> A3Drawing::rootCauseLines() const
{
    if (m_content.rootCauses.isEmpty())
        return {};
    QList<Line> lines {{tr("From the analysis:"), true}};
    for (const RootCause &root : m_content.rootCauses) {
        lines << Line {root.confirmed ? tr("Root cause (confirmed): %1").arg(root.text)
                                      : tr("Root cause (not confirmed): %1").arg(root.text),
                       true};
        for (const QString &m : root.countermeasures)
            lines << Line {tr("– %1").arg(m), false};
    }
    return lines;
}

QList<A3Drawing::Line> A3Drawing::checkLines() const
{
    const A3Report &r = m_content.sheet.report;
    QList<Line> lines;
    if (r.target) {
        const auto met = Pdca::targetMet(r);
        const QString planned = r.figure, target = Pdca::figureText(r.target),
                      by = date(r.targetBy), actual = Pdca::figureText(r.result);
        lines << Line {
            !met       ? tr("Planned: %1 %2 by %3 · Actual: %4").arg(planned, target, by, actual)
                : *met ? tr("Planned: %1 %2 by %3 · Actual: %4 (target met)")
                             .arg(planned, target, by, actual)
                       : tr("Planned: %1 %2 by %3 · Actual: %4 (target missed)")
                             .arg(planned, target, by, actual),
            true};
    }
    QStringList history;
    for (const PdcaStep &step : m_content.sheet.history)
        history << tr("%1 %2").arg(Pdca::stageName(step.stage), date(step.on));
    if (!history.isEmpty())
        lines << Line {tr("PDCA: %1").arg(history.join(QStringLiteral(" → "))), false};
    return lines;
}

} // namespace Takt
