// Wrapping, fitting and drawing the text blocks of painttext.h, and its shared strings. These
// are translated in MapPainter's context: translators see everything a map shows in one place.

#include "painttext.h"

#include "metricstable.h"

#include "mappainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace Takt::Paint {

namespace {

/** Wraps @p text at @p width into at most @p maxLines lines, eliding the last one if needed.
 *  Every line fits in @p width: a word longer than the width is broken. */
QStringList
wrapLines(const QString &text, const QFont &font, qreal width, int maxLines, bool *elided = nullptr)
{
    if (elided)
        *elided = false;
    QString t = text.trimmed();
    t.replace(QLatin1String("\r\n"), QString(QChar::LineSeparator));
    t.replace(QLatin1Char('\n'), QChar::LineSeparator);
    if (t.isEmpty() || maxLines < 1)
        return {};

    QTextLayout layout(t, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QList<QPair<int, int>> ranges;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        ranges << qMakePair(line.textStart(), line.textLength());
    }
    layout.endLayout();

    const QFontMetricsF fm(font);
    QStringList lines;
    for (int i = 0; i < ranges.size() && i < maxLines; ++i) {
        const bool last = i == maxLines - 1 && ranges.size() > maxLines;
        QString line
            = last ? t.mid(ranges.at(i).first) : t.mid(ranges.at(i).first, ranges.at(i).second);
        line.replace(QChar::LineSeparator, QLatin1Char(' '));
        line = last ? line.simplified() : line.trimmed();
        if (last || fm.horizontalAdvance(line) > width) {
            const QString shown = fm.elidedText(line, Qt::ElideRight, width);
            if (shown != line && elided)
                *elided = true;
            line = shown;
        }
        lines << line;
    }
    return lines;
}

QString numberText(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.contains(QLatin1Char('.')) && text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

TextBlock makeBlock(const QString &text,
                    const QFont &font,
                    qreal width,
                    int maxLines,
                    const QColor &color,
                    bool *elided)
{
    TextBlock b;
    b.font = font;
    b.color = color;
    b.lines = wrapLines(text, font, width, maxLines, elided);
    const QFontMetricsF fm(font);
    qreal w = 0;
    for (const QString &line : std::as_const(b.lines))
        w = qMax(w, fm.horizontalAdvance(line));
    b.rect = QRectF(0, 0, w, b.lines.size() * fm.lineSpacing());
    return b;
}

TextBlock
fitBlock(const QString &text, const QList<QFont> &fonts, const QSizeF &area, const QColor &color)
{
    TextBlock b;
    for (int i = 0; i < fonts.size(); ++i) {
        const qreal spacing = QFontMetricsF(fonts.at(i)).lineSpacing();
        const int maxLines = qMax(1, int(std::floor(area.height() / spacing)));
        bool elided = false;
        b = makeBlock(text, fonts.at(i), area.width(), maxLines, color, &elided);
        if (!elided)
            break;
    }
    return b;
}

void drawBlock(QPainter *p, const TextBlock &b)
{
    if (b.lines.isEmpty())
        return;
    if (b.backed) {
        p->setPen(Qt::NoPen);
        p->setBrush(Paper);
        p->drawRect(b.rect.adjusted(-1, 0, 1, 0));
    }
    const QFontMetricsF fm(b.font);
    p->setFont(b.font);
    p->setPen(b.color);
    for (int i = 0; i < b.lines.size(); ++i) {
        const QString &line = b.lines.at(i);
        const qreal advance = fm.horizontalAdvance(line);
        qreal x = b.rect.left();
        if (b.align & Qt::AlignHCenter)
            x = b.rect.center().x() - advance / 2;
        else if (b.align & Qt::AlignRight)
            x = b.rect.right() - advance;
        p->drawText(QPointF(x, b.rect.top() + i * fm.lineSpacing() + fm.ascent()), line);
    }
}

void drawGlyph(
    QPainter *p, const QString &text, const QFont &font, const QPointF &centre, const QColor &color)
{
    const QFontMetricsF fm(font);
    p->setFont(font);
    p->setPen(color);
    p->drawText(
        QPointF(centre.x() - fm.horizontalAdvance(text) / 2, centre.y() + fm.capHeight() / 2),
        text);
}

QFont glyphFont(const QFont &family, qreal px)
{
    return pixelFont(family, qRound(px), true);
}

QString percentText(double fraction)
{
    return MetricsTable::percent(fraction); // worded once, as in the figures and the pack
}

QString countText(double count)
{
    // Not "%n unit(s)": without a loaded English translation that reads "unit(s)" on the wall.
    if (count == 1)
        return MapPainter::tr("1 unit");
    return MapPainter::tr("%1 units").arg(numberText(count));
}

QString fieldLine(ElementField field, const QString &value)
{
    // A figure stays with its unit on a wrapped line: "90 %" never becomes "90" and "%".
    QString together = value;
    together.replace(QLatin1Char(' '), QChar::Nbsp);
    return MapPainter::tr("%1 = %2").arg(MapElement::fieldName(field), together);
}

QString displayName(const MapElement &e)
{
    if (!e.name.trimmed().isEmpty() || e.kind == ElementKind::TextNote)
        return e.name;
    if (e.kind == ElementKind::ProductionControl)
        return MapPainter::tr("Production control");
    return MapElement::kindName(e.kind);
}

} // namespace Takt::Paint
