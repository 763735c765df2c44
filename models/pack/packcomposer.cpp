#include "packcomposer.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace Takt {

namespace {
constexpr qreal Margin = 54; // 19 mm: room for the binding and the header
constexpr qreal HeaderGap = 22; // header and footer sit this far outside the content
constexpr qreal BodySize = 10.5;
const QColor Muted(0x54, 0x6e, 0x7a);
const QColor Accent(0x1e, 0x5a, 0x8a);
const QColor Rule(0xcf, 0xd8, 0xdc);
const QColor HeaderFill(0xe8, 0xef, 0xf4);
const QColor ZebraFill(0xf6, 0xf8, 0xfa);
const QColor HighlightFill(0xfd, 0xec, 0xea);
} // namespace

PackComposer::PackComposer(QPagedPaintDevice *device,
                           bool paint,
                           const QString &headerTitle,
                           QPageSize pageSize)
    : m_device(device)
    , m_paint(paint)
    , m_headerTitle(headerTitle)
    , m_pageSize(pageSize)
    , m_family(QStringLiteral("DejaVu Sans"))
{ }

PackComposer::~PackComposer() = default;

QFont PackComposer::font(qreal pointSize, bool bold) const
{
    QFont f(m_family);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Glyphs the main family lacks (CJK) come from the system's fallback fonts. No ligatures
    // for Latin text: "ﬃ" would reach pdftotext, search and screen readers as one character,
    // and "efficiency" could not be found in the pack.
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return f;
}

bool PackComposer::step()
{
    if (m_step && !m_step())
        m_cancelled = true;
    return !m_cancelled;
}

void PackComposer::newPage(QPageLayout::Orientation orientation, const QPageSize &paper)
{
    if (m_pageOpen)
        finishPage();
    m_orientation = orientation;
    const QPageLayout layout(paper.isValid() ? paper : m_pageSize, orientation,
                             QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    if (m_paint) {
        // A PDF page takes its own layout; a printer keeps the first for the whole job, so a
        // landscape page is turned onto its portrait paper instead.
        if (!m_painter || dynamic_cast<QPdfWriter *>(m_device))
            m_device->setPageLayout(layout);
        if (!m_painter) {
            m_painter = std::make_unique<QPainter>(m_device);
            m_painter->setRenderHint(QPainter::Antialiasing);
        } else {
            m_device->newPage();
        }
        m_painter->resetTransform();
        const QPageLayout actual = m_device->pageLayout();
        if (actual.orientation() != orientation) {
            m_painter->translate(actual.fullRect(QPageLayout::Point).width(), 0);
            m_painter->rotate(90);
        }
    }
    ++m_page;
    m_pageOpen = true;
    const QSizeF size = layout.fullRect(QPageLayout::Point).size();
    m_content
        = QRectF(Margin, Margin + 6, size.width() - 2 * Margin, size.height() - 2 * Margin - 6);
    m_y = m_content.top();
}

void PackComposer::beginSection(const QString &title,
                                QPageLayout::Orientation orientation,
                                bool showHeader)
{
    if (m_pageOpen)
        finishPage(); // with the previous section's header setting
    m_showHeader = showHeader;
    newPage(orientation);
    if (m_listing)
        m_sectionPages << qMakePair(title, m_page);
}

void PackComposer::sheetPage(const QString &title,
                             const QPageSize &paper,
                             QPageLayout::Orientation orientation,
                             const QRectF &bounds,
                             const Painter &paint)
{
    if (m_pageOpen)
        finishPage();
    m_showHeader = false;
    newPage(orientation, paper);
    if (m_listing)
        m_sectionPages << qMakePair(title, m_page);
    const QSizeF page
        = QPageLayout(paper, orientation, QMarginsF()).fullRect(QPageLayout::Point).size();
    if (!bounds.isEmpty())
        drawFigure(bounds, QPointF(0, 0),
                   qMin(page.width() / bounds.width(), page.height() / bounds.height()), paint);
    m_y = m_content.bottom();
}

void PackComposer::finishPage()
{
    if (m_paint && m_painter && m_showHeader)
        drawHeaderFooter();
    m_pageOpen = false;
}

bool PackComposer::finish()
{
    if (m_pageOpen)
        finishPage();
    if (m_painter)
        return m_painter->end();
    return true;
}

void PackComposer::drawHeaderFooter()
{
    QPainter *p = m_painter.get();
    p->save();
    const QFont small = font(8);
    p->setFont(small);
    p->setPen(Muted);
    const qreal headerY = m_content.top() - HeaderGap;
    const QRectF header(m_content.left(), headerY - 12, m_content.width(), 14);
    const QFontMetricsF fm(small, m_device);
    p->drawText(header, Qt::AlignLeft | Qt::AlignBottom,
                fm.elidedText(m_headerTitle, Qt::ElideRight, m_content.width() * 0.7));
    p->drawText(header, Qt::AlignRight | Qt::AlignBottom, tr("Session pack"));
    p->setPen(QPen(Rule, 0.6));
    p->drawLine(QPointF(m_content.left(), headerY + 4), QPointF(m_content.right(), headerY + 4));
    const qreal footerY = m_content.bottom() + HeaderGap;
    p->drawLine(QPointF(m_content.left(), footerY - 10), QPointF(m_content.right(), footerY - 10));
    p->setPen(Muted);
    p->drawText(QRectF(m_content.left(), footerY - 6, m_content.width(), 14),
                Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(m_page).arg(m_totalPages));
    p->drawText(QRectF(m_content.left(), footerY - 6, m_content.width(), 14),
                Qt::AlignLeft | Qt::AlignTop, tr("Made with Takt"));
    p->restore();
}

void PackComposer::ensureSpace(qreal height)
{
    if (!m_pageOpen || (height > remaining() && m_y > m_content.top()))
        newPage(m_orientation);
}

void PackComposer::space(qreal points)
{
    m_y = qMin(m_y + points, m_content.bottom());
}

QList<QPair<QString, qreal>>
PackComposer::wrap(const QString &text, const QFont &font, qreal width) const
{
    QString key;
    if (m_cache) {
        // All pack fonts share one family: size, weight and width tell them apart.
        key = text;
        key += QChar(0x1f);
        key += QChar(ushort(font.pointSizeF() * 10));
        key += QChar(ushort(font.bold()));
        key += QChar(ushort(width * 10));
        const auto it = m_cache->wraps.constFind(key);
        if (it != m_cache->wraps.constEnd())
            return *it;
    }
    // Greedy word wrap; a word wider than the line (CJK text has no spaces) breaks anywhere.
    const QFontMetricsF fm(font, m_device);
    QList<QPair<QString, qreal>> lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        const QStringList words = paragraph.split(QLatin1Char(' '));
        for (const QString &word : words) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (fm.horizontalAdvance(candidate) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty())
                lines << qMakePair(line, fm.horizontalAdvance(line));
            line.clear();
            QString rest = word;
            while (fm.horizontalAdvance(rest) > width && rest.size() > 1) {
                int n = int(rest.size()) - 1;
                while (n > 1 && fm.horizontalAdvance(rest.left(n)) > width)
                    --n;
                lines << qMakePair(rest.left(n), fm.horizontalAdvance(rest.left(n)));
                rest = rest.mid(n);
            }
            line = rest;
        }
        lines << qMakePair(line, fm.horizontalAdvance(line));
    }
    if (m_cache)
        m_cache->wraps.insert(key, lines);
    return lines;
}

qreal PackComposer::drawWrapped(const QString &text,
                                const QFont &font,
                                const QRectF &box,
                                bool draw,
                                Qt::Alignment alignment,
                                const QColor &color)
{
    const QFontMetricsF fm(font, m_device);
    const auto lines = wrap(text, font, box.width());
    if (draw && m_painter) {
        m_painter->setFont(font);
        m_painter->setPen(color);
        qreal y = box.top();
        for (const auto &[line, width] : lines) {
            const qreal x = alignment & Qt::AlignRight ? box.right() - width
                : alignment & Qt::AlignHCenter         ? box.center().x() - width / 2
                                                       : box.left();
            m_painter->drawText(QPointF(x, y + fm.ascent()), line);
            y += fm.lineSpacing();
        }
    }
    return lines.size() * fm.lineSpacing();
}

void PackComposer::title(const QString &text, qreal size)
{
    const QFont f = font(size, true);
    const qreal height
        = drawWrapped(text, f, QRectF(m_content.left(), m_y, m_content.width(), 0), false);
    ensureSpace(height);
    drawWrapped(text, f, QRectF(m_content.left(), m_y, m_content.width(), 0), true, Qt::AlignLeft,
                Accent);
    m_y += height + size * 0.5;
}

void PackComposer::heading(const QString &text)
{
    const QFont f = font(16, true);
    const QRectF box(m_content.left(), m_y, m_content.width(), 0);
    const qreal height = drawWrapped(text, f, box, false);
    ensureSpace(height + 60); // never a heading alone at the foot of a page
    drawWrapped(text, f, QRectF(m_content.left(), m_y, m_content.width(), 0), true, Qt::AlignLeft,
                Accent);
    m_y += height + 4;
    if (m_painter) {
        m_painter->setPen(QPen(Accent, 1));
        m_painter->drawLine(QPointF(m_content.left(), m_y), QPointF(m_content.right(), m_y));
    }
    m_y += 10;
}

void PackComposer::subheading(const QString &text)
{
    const QFont f = font(12, true);
    const qreal height
        = drawWrapped(text, f, QRectF(m_content.left(), m_y, m_content.width(), 0), false);
    ensureSpace(height + 40);
    drawWrapped(text, f, QRectF(m_content.left(), m_y, m_content.width(), 0), true);
    m_y += height + 6;
}

void PackComposer::paragraph(const QString &text, bool muted)
{
    const QFont f = font(BodySize);
    const QFontMetricsF fm(f, m_device);
    // Paragraphs flow across pages line by line.
    for (const auto &[line, width] : wrap(text, f, m_content.width())) {
        Q_UNUSED(width)
        ensureSpace(fm.lineSpacing());
        if (m_painter) {
            m_painter->setFont(f);
            m_painter->setPen(muted ? Muted : QColor(Qt::black));
            m_painter->drawText(QPointF(m_content.left(), m_y + fm.ascent()), line);
        }
        m_y += fm.lineSpacing();
    }
    m_y += fm.lineSpacing() * 0.5;
}

void PackComposer::keyValues(const QList<QPair<QString, QString>> &rows)
{
    const QFont label = font(BodySize);
    const QFont value = font(BodySize, true);
    const qreal labelWidth = m_content.width() * 0.28;
    const qreal valueWidth = m_content.width() - labelWidth;
    for (const auto &[key, text] : rows) {
        if (text.trimmed().isEmpty())
            continue;
        const qreal height = qMax(drawWrapped(key, label, QRectF(0, 0, labelWidth - 8, 0), false),
                                  drawWrapped(text, value, QRectF(0, 0, valueWidth, 0), false));
        ensureSpace(height);
        drawWrapped(key, label, QRectF(m_content.left(), m_y, labelWidth - 8, 0), true,
                    Qt::AlignLeft, Muted);
        drawWrapped(text, value, QRectF(m_content.left() + labelWidth, m_y, valueWidth, 0), true);
        m_y += height + 5;
    }
    m_y += 6;
}

void PackComposer::table(const QList<TableColumn> &columns,
                         const QList<QStringList> &rows,
                         const QList<int> &highlightedRows)
{
    qreal totalWeight = 0;
    for (const TableColumn &c : columns)
        totalWeight += c.weight;
    const qreal pad = 4;
    const QFont headerFont = font(9, true);
    // Each column at least as wide as the longest word of its header ("Operators" must not
    // break); the room that takes comes from the columns with room to spare.
    const QFontMetricsF headerMetrics(headerFont, m_device);
    QList<qreal> widths, minimum;
    qreal spare = 0, needed = 0;
    for (const TableColumn &c : columns) {
        qreal word = 0;
        for (const QString &w : c.title.split(QLatin1Char(' ')))
            word = qMax(word, headerMetrics.horizontalAdvance(w) + 2 * pad + 1);
        const qreal share = m_content.width() * c.weight / totalWeight;
        widths << qMax(share, word);
        minimum << word;
        needed += qMax(0.0, word - share);
        spare += qMax(0.0, share - word);
    }
    if (needed > 0 && spare > 0) {
        for (int i = 0; i < widths.size(); ++i) {
            const qreal slack = widths.at(i) - minimum.at(i);
            if (slack > 0)
                widths[i] -= needed * slack / spare;
        }
    }
    const QFont cellFont = font(9);

    auto rowHeight = [&](const QStringList &cells, const QFont &f) {
        qreal h = 0;
        for (int i = 0; i < columns.size(); ++i)
            h = qMax(
                h, drawWrapped(cells.value(i), f, QRectF(0, 0, widths.at(i) - 2 * pad, 0), false));
        return h + 2 * pad;
    };
    auto drawRow = [&](const QStringList &cells, const QFont &f, const QColor &fill, qreal height) {
        if (m_painter) {
            if (fill.isValid())
                m_painter->fillRect(QRectF(m_content.left(), m_y, m_content.width(), height), fill);
            m_painter->setPen(QPen(Rule, 0.5));
            m_painter->drawLine(QPointF(m_content.left(), m_y + height),
                                QPointF(m_content.right(), m_y + height));
        }
        qreal x = m_content.left();
        for (int i = 0; i < columns.size(); ++i) {
            drawWrapped(cells.value(i), f, QRectF(x + pad, m_y + pad, widths.at(i) - 2 * pad, 0),
                        true, columns.at(i).alignRight ? Qt::AlignRight : Qt::AlignLeft);
            x += widths.at(i);
        }
        m_y += height;
    };
    QStringList headers;
    for (const TableColumn &c : columns)
        headers << c.title;
    const qreal headerHeight = rowHeight(headers, headerFont);
    ensureSpace(headerHeight + (rows.isEmpty() ? 0 : rowHeight(rows.first(), cellFont)));
    drawRow(headers, headerFont, HeaderFill, headerHeight);
    for (int r = 0; r < rows.size(); ++r) {
        const qreal height = rowHeight(rows.at(r), cellFont);
        if (height > remaining()) {
            // The table goes on over the page: repeat its header row there.
            newPage(m_orientation);
            drawRow(headers, headerFont, HeaderFill, headerHeight);
        }
        const QColor fill = highlightedRows.contains(r) ? HighlightFill
            : r % 2                                     ? ZebraFill
                                                        : QColor();
        drawRow(rows.at(r), cellFont, fill, height);
    }
    m_y += 12;
}

void PackComposer::contentsLine(const QString &text, int page)
{
    const QFont f = font(11);
    const QFontMetricsF fm(f, m_device);
    ensureSpace(fm.lineSpacing() + 6);
    if (m_painter) {
        const QString number = QLocale().toString(page);
        const qreal numberWidth = fm.horizontalAdvance(number);
        const QString shown
            = fm.elidedText(text, Qt::ElideRight, m_content.width() - numberWidth - 40);
        m_painter->setFont(f);
        m_painter->setPen(Qt::black);
        const qreal baseline = m_y + fm.ascent();
        m_painter->drawText(QPointF(m_content.left(), baseline), shown);
        m_painter->drawText(QPointF(m_content.right() - numberWidth, baseline), number);
        m_painter->setPen(QPen(Rule, 0.8, Qt::DotLine));
        m_painter->drawLine(QPointF(m_content.left() + fm.horizontalAdvance(shown) + 6, baseline),
                            QPointF(m_content.right() - numberWidth - 6, baseline));
    }
    m_y += fm.lineSpacing() + 6;
}

QRectF PackComposer::cachedRect(const QString &key, const std::function<QRectF()> &compute)
{
    if (m_cache) {
        const auto it = m_cache->rects.constFind(key);
        if (it != m_cache->rects.constEnd())
            return *it;
    }
    const QRectF rect = compute();
    if (m_cache)
        m_cache->rects.insert(key, rect);
    return rect;
}

qreal PackComposer::figure(const QRectF &bounds,
                           const Painter &paint,
                           qreal reserveBelow,
                           qreal maxScale)
{
    ensureSpace(m_content.height() * 0.5);
    const QRectF target(m_content.left(), m_y, m_content.width(),
                        qMax(remaining() - reserveBelow, remaining() * 0.5));
    const qreal scale = bounds.isEmpty()
        ? maxScale
        : std::min({target.width() / bounds.width(), target.height() / bounds.height(), maxScale});
    drawFigure(bounds, QPointF(target.center().x() - bounds.width() * scale / 2, m_y), scale,
               paint);
    m_y += bounds.height() * scale + 12;
    return scale;
}

void PackComposer::figurePart(const QRectF &part, qreal scale, const Painter &paint)
{
    // On the page under its title, smaller if a long (wrapped) title left less room.
    const qreal fitted = part.isEmpty() ? scale : qMin(scale, remaining() / part.height());
    drawFigure(part, QPointF(m_content.left(), m_y), fitted, paint);
    m_y += part.height() * fitted + 12;
}

qreal PackComposer::pageContentHeight() const
{
    return m_content.height();
}

void PackComposer::drawFigure(const QRectF &source,
                              QPointF topLeft,
                              qreal scale,
                              const Painter &paint)
{
    if (!m_painter || source.isEmpty())
        return;
    m_painter->save();
    m_painter->setClipRect(QRectF(topLeft, source.size() * scale));
    m_painter->translate(topLeft - source.topLeft() * scale);
    m_painter->scale(scale, scale);
    paint(m_painter.get(), source);
    m_painter->restore();
}

} // namespace Takt
