#include "mappainter.h"

#include "common/duration.h"
#include "mapmetrics.h"
#include "metricstable.h"
#include "valuestreammap.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPolygonF>
#include <QTextLayout>
#include <QTransform>
#include <QtMath>

#include <cmath>

namespace Takt {

namespace {

// Black ink on white paper; one accent for trouble, one for the selection.
const QColor Ink(0x21, 0x21, 0x21);
const QColor SoftInk(0x45, 0x4a, 0x4f);
const QColor Paper(0xff, 0xff, 0xff);
const QColor Accent(0xc6, 0x28, 0x28);
const QColor AccentWash(0xff, 0xeb, 0xee);
const QColor Selection(0x1e, 0x88, 0xe5);
const QColor SelectionHalo(0xbb, 0xde, 0xfb); // opaque: fill and stroke must not add up
const QColor KaizenFill(0xff, 0xe0, 0x82);
const QColor TagFill(0x37, 0x47, 0x4f);

// Real widths, never cosmetic: the PDF export scales the painter.
constexpr qreal OutlineWidth = 1.4;
constexpr qreal ThinWidth = 1.2;
constexpr qreal LadderWidth = 1.5;
constexpr qreal AlertWidth = 2.4;
constexpr qreal SelectionWidth = 2.0;
constexpr qreal SelectionMargin = 4.0;
// Bounds always leave room for the selection outline, so selecting never changes the geometry.
constexpr qreal BoundsMargin = SelectionMargin + SelectionWidth / 2 + 1;

// Font pixel sizes for a base font of 12 px (9 pt); they follow the base font's size.
constexpr int DefaultBasePx = 12;
constexpr int MinBasePx = 8;
constexpr int MaxBasePx = 24;
constexpr int ConnectorLabelPx = 10;

// Icon sizes in map units (1 unit = 1 px at 100 %).
constexpr QSizeF ProcessSize(130, 56);
constexpr QSizeF InventorySize(52, 46);
constexpr QSizeF FactorySize(100, 64);
constexpr QSizeF ControlSize(140, 50);
constexpr QSizeF TruckSize(70, 40);
constexpr QSizeF OperatorSize(30, 30);
constexpr QSizeF SupermarketSize(40, 54);
constexpr QSizeF FifoSize(100, 28);
constexpr QSizeF BufferSize(48, 44);
constexpr QSizeF CardSize(44, 30);
constexpr QSizeF SignalSize(36, 32);
constexpr QSizeF PostSize(30, 50);
constexpr QSizeF LevellingSize(80, 30);
constexpr QSizeF GoSeeSize(54, 24);
constexpr QSizeF KaizenSize(130, 70); // the smallest burst; long texts grow it
constexpr QSizeF QualitySize(40, 40);
constexpr QSizeF EmptyNoteSize(60, 18);

constexpr qreal BoxPadding = 6; // text inside boxes
constexpr qreal LabelGap = 4; // icon to the label under it
constexpr qreal LabelWidth = 140; // names under icons wrap here
constexpr int LabelLines = 3;
constexpr qreal NoteWidth = 200; // text notes wrap here
constexpr int NoteLines = 60;
constexpr qreal DataBoxGap = 4;
constexpr qreal DataBoxPadding = 3;
constexpr int DataRowLines = 2;
constexpr qreal TagGap = 3;
constexpr qreal TagPadding = 4;

constexpr int KaizenPoints = 14;
constexpr qreal KaizenInner = 0.76; // inner vertices, as a share of the outer radius
constexpr qreal KaizenMaxHalfWidth = 120;
constexpr int KaizenLines = 4;
// Outer radii vary a little so the burst reads as drawn, not as a gear.
constexpr qreal KaizenJitter[] = {1.0, 0.9, 0.97, 0.88, 1.0, 0.93, 0.86};
constexpr int QualityPoints = 10;

// Connectors.
constexpr qreal PushBandHalf = 4;
constexpr qreal PushHeadLength = 16;
constexpr qreal PushHeadHalf = 10;
constexpr qreal StripeWidth = 4;
constexpr qreal StripePeriod = 9;
constexpr qreal ShipmentShaftHalf = 6;
constexpr qreal ShipmentHeadHalf = 13;
constexpr qreal ShipmentHeadLength = 20;
constexpr qreal ThinHeadLength = 10;
constexpr qreal ThinHeadHalf = 4.5;
constexpr qreal PullRadius = 10;
constexpr qreal ZigHalf = 9;
constexpr qreal ZigLength = 28;
constexpr qreal HaloWidth = 7;
constexpr qreal LabelOffset = 4;
constexpr qreal ConnectorLabelMinWidth = 60;
constexpr qreal ConnectorLabelMaxWidth = 160;
constexpr int ConnectorLabelLines = 3;
constexpr qreal ConnectorLabelPadding = 2;
constexpr qreal ConnectorLabelSlack = 1.2; // connectorBounds knows no font: any family fits
constexpr qreal ConnectorIconLength = 60;

// Ladder.
constexpr qreal LadderGapBelowMap = 50;
constexpr qreal LadderStep = 28;
constexpr qreal LadderSpacing = 150; // when the map's x order does not follow the flow
constexpr qreal LadderLabelGap = 3;
constexpr qreal TotalsGap = 24;
constexpr qreal TotalsPadding = 6;

constexpr qreal MapMargin = 20;

// --- Fonts and text ------------------------------------------------------------------------

QFont pixelFont(const QFont &base, int px, bool bold = false, bool italic = false)
{
    QFont f = base;
    f.setPixelSize(qMax(6, px));
    f.setBold(bold);
    f.setItalic(italic);
    // Unhinted metrics are the same at every zoom and on every device: layout stays put.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

int basePixelSize(const QFont &font)
{
    int px = DefaultBasePx;
    if (font.pixelSize() > 0)
        px = font.pixelSize();
    else if (font.pointSizeF() > 0)
        px = qRound(font.pointSizeF() * 4 / 3); // map units are 1/96 in, as on a 100 % screen
    return qBound(MinBasePx, px, MaxBasePx);
}

/** The sizes one base font gives: titles, text, small print. */
struct Fonts
{
    explicit Fonts(const QFont &base)
        : basePx(basePixelSize(base))
        , title(pixelFont(base, basePx, true))
        , text(pixelFont(base, basePx - 1))
        , textBold(pixelFont(base, basePx - 1, true))
        , small(pixelFont(base, basePx - 2))
        , smallBold(pixelFont(base, basePx - 2, true))
        , smallItalic(pixelFont(base, basePx - 2, false, true))
        , tiny(pixelFont(base, basePx - 3))
    { }

    int basePx;
    QFont title;
    QFont text;
    QFont textBold;
    QFont small;
    QFont smallBold;
    QFont smallItalic;
    QFont tiny;
};

/** Geometry that must not depend on the caller's font (iconRect has none) uses this one. */
const QFont &referenceFont()
{
    static const QFont font = pixelFont(QFont(), DefaultBasePx);
    return font;
}

struct TextBlock
{
    QStringList lines;
    QFont font;
    QColor color = Ink;
    QRectF rect; // exactly the lines; they start at its top
    Qt::Alignment align = Qt::AlignHCenter;
    bool backed = false; // on paper: lines running under the label do not cross the text
};

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

TextBlock makeBlock(const QString &text,
                    const QFont &font,
                    qreal width,
                    int maxLines,
                    const QColor &color = Ink,
                    bool *elided = nullptr)
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

/** The largest of @p fonts in which @p text fits @p area whole; else the last one, elided. */
TextBlock fitBlock(const QString &text,
                   const QList<QFont> &fonts,
                   const QSizeF &area,
                   const QColor &color = Ink)
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

/** A single capital or short symbol centred optically on @p centre (cap height, not ascent). */
void drawGlyph(QPainter *p,
               const QString &text,
               const QFont &font,
               const QPointF &centre,
               const QColor &color = Ink)
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

QString numberText(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.contains(QLatin1Char('.')) && text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString percentText(double fraction)
{
    const double percent = fraction * 100;
    const bool whole = std::abs(percent - std::round(percent)) < 0.05;
    return MapPainter::tr("%1 %").arg(whole ? QString::number(std::round(percent), 'f', 0)
                                            : numberText(std::round(percent * 10) / 10));
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
    return MapPainter::tr("%1 = %2").arg(MapElement::fieldName(field), value);
}

QString displayName(const MapElement &e)
{
    if (!e.name.trimmed().isEmpty() || e.kind == ElementKind::TextNote)
        return e.name;
    if (e.kind == ElementKind::ProductionControl)
        return MapPainter::tr("Production control");
    return MapElement::kindName(e.kind);
}

// --- Pens and small shapes -------------------------------------------------------------------

QPen inkPen(qreal width, const QColor &color = Ink)
{
    return QPen(color, width, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin);
}

QRectF centred(const QSizeF &size)
{
    return QRectF(-size.width() / 2, -size.height() / 2, size.width(), size.height());
}

QPolygonF burst(const QRectF &r, int points, qreal inner, bool jitter)
{
    QPolygonF polygon;
    const QPointF c = r.center();
    const int jitterCount = int(sizeof(KaizenJitter) / sizeof(KaizenJitter[0]));
    for (int i = 0; i < points * 2; ++i) {
        const qreal angle = -M_PI / 2 + i * M_PI / points;
        qreal k = (i % 2) ? inner : 1.0;
        if (jitter && i % 2 == 0)
            k = KaizenJitter[(i / 2) % jitterCount];
        polygon << QPointF(c.x() + std::cos(angle) * r.width() / 2 * k,
                           c.y() + std::sin(angle) * r.height() / 2 * k);
    }
    return polygon;
}

// --- Icons: each draws the bare shape into its icon rect -------------------------------------

void drawBox(QPainter *p, const QRectF &r, qreal lw)
{
    p->setPen(inkPen(lw));
    p->setBrush(Paper);
    p->drawRect(r);
}

void drawInventory(QPainter *p, const QRectF &r, qreal lw, const QFont &family)
{
    const QPolygonF triangle({QPointF(r.center().x(), r.top()), r.bottomRight(), r.bottomLeft()});
    p->setPen(inkPen(lw));
    p->setBrush(Paper);
    p->drawPolygon(triangle);
    drawGlyph(p, MapPainter::tr("I", "inventory icon"), glyphFont(family, r.height() * 0.4),
              QPointF(r.center().x(), r.top() + r.height() * 0.64));
}

void drawFactory(QPainter *p, const QRectF &r, qreal lw)
{
    // The sawtooth roof: each tooth rises straight up and slopes down to the right.
    constexpr int Teeth = 3;
    const qreal eaves = r.top() + r.height() * 0.375;
    const qreal tooth = r.width() / Teeth;
    QPolygonF outline;
    outline << r.bottomLeft();
    for (int i = 0; i < Teeth; ++i) {
        outline << QPointF(r.left() + i * tooth, i == 0 ? r.top() : eaves);
        if (i > 0)
            outline << QPointF(r.left() + i * tooth, r.top());
    }
    outline << QPointF(r.right(), eaves) << r.bottomRight();
    p->setPen(inkPen(lw));
    p->setBrush(Paper);
    p->drawPolygon(outline);
}

void drawTruck(QPainter *p, const QRectF &r, qreal lw)
{
    const qreal wheel = r.height() * 0.15;
    const qreal floor = r.bottom() - wheel * 1.3;
    const qreal split = r.left() + r.width() * 0.64;
    const qreal cabTop = r.top() + r.height() * 0.35;
    p->setPen(inkPen(lw));
    p->setBrush(Paper);
    p->drawRect(QRectF(r.left(), r.top(), split - r.left(), floor - r.top()));
    const qreal nose = r.width() * 0.12;
    p->drawPolygon(QPolygonF({QPointF(split, cabTop), QPointF(r.right() - nose, cabTop),
                              QPointF(r.right(), cabTop + nose), QPointF(r.right(), floor),
                              QPointF(split, floor)}));
    const qreal inset = lw * 2.2;
    p->drawPolyline(
        QPolygonF({QPointF(split + inset, cabTop + inset),
                   QPointF(r.right() - nose - inset * 0.4, cabTop + inset),
                   QPointF(r.right() - inset * 0.8, cabTop + nose),
                   QPointF(split + inset, cabTop + nose), QPointF(split + inset, cabTop + inset)}));
    for (qreal x : {r.left() + r.width() * 0.22, r.left() + r.width() * 0.8}) {
        p->setBrush(Ink);
        p->drawEllipse(QPointF(x, r.bottom() - wheel), wheel, wheel);
        p->setBrush(Paper);
        p->setPen(Qt::NoPen);
        p->drawEllipse(QPointF(x, r.bottom() - wheel), wheel * 0.35, wheel * 0.35);
        p->setPen(inkPen(lw));
    }
}

/** The operator: a head over a half-disc body. @p solid for the small one in data boxes. */
void drawOperator(QPainter *p, const QRectF &r, qreal lw, bool solid)
{
    const qreal cx = r.center().x();
    const qreal head = r.height() * 0.2;
    const qreal bodyHeight = r.height() * 0.45;
    const qreal bodyWidth = qMin(r.width(), r.height()) * 0.9;
    QPainterPath body;
    body.moveTo(cx - bodyWidth / 2, r.bottom());
    body.arcTo(QRectF(cx - bodyWidth / 2, r.bottom() - bodyHeight, bodyWidth, bodyHeight * 2), 180,
               -180);
    body.closeSubpath();
    p->setPen(solid ? Qt::NoPen : inkPen(lw));
    p->setBrush(solid ? Ink : Paper);
    p->drawPath(body);
    p->drawEllipse(QPointF(cx, r.top() + r.height() * 0.3), head, head);
}

void drawSupermarket(QPainter *p, const QRectF &r, qreal lw)
{
    // Three shelves open to the left, where the customer process withdraws.
    QPainterPath rack;
    for (int i = 0; i <= 3; ++i) {
        const qreal y = r.top() + i * r.height() / 3;
        rack.moveTo(r.left(), y);
        rack.lineTo(r.right(), y);
    }
    rack.moveTo(r.right(), r.top());
    rack.lineTo(r.right(), r.bottom());
    p->setPen(QPen(Ink, lw, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    p->setBrush(Qt::NoBrush);
    p->drawPath(rack);
}

void drawFifoLane(QPainter *p, const QRectF &r, qreal lw, const QFont &family)
{
    p->setPen(inkPen(lw));
    p->drawLine(r.topLeft(), r.topRight());
    p->drawLine(r.bottomLeft(), r.bottomRight());
    drawGlyph(p, MapPainter::tr("FIFO"), glyphFont(family, r.height() * 0.46), r.center());
}

void drawBuffer(QPainter *p, const QRectF &r, qreal lw)
{
    drawBox(p, r, lw);
    // Stock held on purpose: two inventory triangles, each on its shelf.
    const qreal w = r.width() * 0.5;
    const qreal h = r.height() * 0.3;
    for (int i = 0; i < 2; ++i) {
        const qreal shelf = r.top() + r.height() * (i == 0 ? 0.44 : 0.84);
        const qreal cx = r.center().x();
        p->setPen(inkPen(lw));
        p->setBrush(Paper);
        p->drawPolygon(QPolygonF(
            {QPointF(cx, shelf - h), QPointF(cx + w / 2, shelf), QPointF(cx - w / 2, shelf)}));
        p->drawLine(QPointF(r.left() + r.width() * 0.12, shelf),
                    QPointF(r.right() - r.width() * 0.12, shelf));
    }
}

void drawKanbanCard(
    QPainter *p, const QRectF &r, qreal lw, const QString &letter, const QFont &family)
{
    const qreal cut = r.height() * 0.28;
    p->setPen(inkPen(lw));
    p->setBrush(Paper);
    p->drawPolygon(QPolygonF({r.topLeft(), QPointF(r.right() - cut, r.top()),
                              QPointF(r.right(), r.top() + cut), r.bottomRight(), r.bottomLeft()}));
    p->setBrush(Qt::NoBrush);
    p->drawPolyline(
        QPolygonF({QPointF(r.right() - cut, r.top()), QPointF(r.right() - cut, r.top() + cut),
                   QPointF(r.right(), r.top() + cut)}));
    drawGlyph(p, letter, glyphFont(family, r.height() * 0.5),
              QPointF(r.center().x() - cut * 0.25, r.center().y()));
}

void drawSignalKanban(QPainter *p, const QRectF &r, qreal lw, const QFont &family)
{
    p->setPen(inkPen(lw));
    p->setBrush(Paper);
    p->drawPolygon(QPolygonF({r.topLeft(), r.topRight(), QPointF(r.center().x(), r.bottom())}));
    drawGlyph(p, MapPainter::tr("S", "signal kanban icon"), glyphFont(family, r.height() * 0.36),
              QPointF(r.center().x(), r.top() + r.height() * 0.33));
}

void drawKanbanPost(QPainter *p, const QRectF &r, qreal lw)
{
    const qreal cx = r.center().x();
    const qreal boxTop = r.top() + r.height() * 0.12;
    const qreal boxBottom = r.top() + r.height() * 0.36;
    const qreal foot = r.bottom() - r.height() * 0.1;
    p->setPen(inkPen(lw));
    p->setBrush(Paper);
    // A card waiting in the post's box.
    p->drawRect(QRectF(cx - r.width() * 0.18, r.top(), r.width() * 0.36, r.height() * 0.3));
    p->setBrush(Qt::NoBrush);
    p->drawPolyline(QPolygonF({QPointF(r.left(), boxTop), QPointF(r.left(), boxBottom),
                               QPointF(r.right(), boxBottom), QPointF(r.right(), boxTop)}));
    p->drawLine(QPointF(cx, boxBottom), QPointF(cx, r.bottom()));
    p->drawLine(QPointF(cx - r.width() * 0.36, r.bottom() - lw / 2),
                QPointF(cx + r.width() * 0.36, r.bottom() - lw / 2));
    p->drawLine(QPointF(cx - r.width() * 0.22, r.bottom()), QPointF(cx, foot));
    p->drawLine(QPointF(cx + r.width() * 0.22, r.bottom()), QPointF(cx, foot));
}

void drawLoadLevelling(QPainter *p, const QRectF &r, qreal lw, const QFont &family)
{
    drawBox(p, r, lw);
    drawGlyph(p, MapPainter::tr("XOXO", "load levelling icon"),
              glyphFont(family, r.height() * 0.46), r.center());
}

void drawGoSee(QPainter *p, const QRectF &r, qreal lw)
{
    const qreal lens = r.height() * 0.38;
    const qreal cy = r.bottom() - lens - lw;
    const qreal dx = r.width() * 0.26;
    const QPointF left(r.center().x() - dx, cy);
    const QPointF right(r.center().x() + dx, cy);
    QPen pen = inkPen(lw);
    pen.setCapStyle(Qt::RoundCap);
    p->setPen(pen);
    p->setBrush(Paper);
    p->drawEllipse(left, lens, lens);
    p->drawEllipse(right, lens, lens);
    QPainterPath frame;
    frame.moveTo(left.x() + lens, cy - lens * 0.15);
    frame.quadTo(r.center().x(), cy - lens * 0.9, right.x() - lens, cy - lens * 0.15);
    frame.moveTo(left.x() - lens, cy - lens * 0.2);
    frame.lineTo(r.left() + lw, r.top() + lw);
    frame.moveTo(right.x() + lens, cy - lens * 0.2);
    frame.lineTo(r.right() - lw, r.top() + lw);
    p->setBrush(Qt::NoBrush);
    p->drawPath(frame);
}

void drawKaizenBurst(QPainter *p, const QRectF &r, qreal lw)
{
    QPen pen = inkPen(lw);
    pen.setJoinStyle(Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(KaizenFill);
    p->drawPolygon(burst(r, KaizenPoints, KaizenInner, true));
}

void drawQualityProblem(QPainter *p, const QRectF &r, qreal lw, const QFont &family)
{
    QPen pen = inkPen(lw, Accent.darker(130));
    pen.setJoinStyle(Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Accent);
    p->drawPolygon(burst(r, QualityPoints, 0.62, false));
    drawGlyph(p, QStringLiteral("!"), glyphFont(family, r.height() * 0.5), r.center(), Paper);
}

void drawTextNoteIcon(QPainter *p, const QRectF &r, const QFont &family)
{
    drawGlyph(p, MapPainter::tr("Aa", "text note icon"), glyphFont(family, r.height() * 0.7),
              r.center());
}

/** The bare icon of @p kind in @p r: what the map and the palette share. */
void drawShape(QPainter *p, ElementKind kind, const QRectF &r, qreal lw, const QFont &family)
{
    switch (kind) {
    case ElementKind::Process:
    case ElementKind::ProductionControl:
        drawBox(p, r, lw);
        break;
    case ElementKind::Inventory:
        drawInventory(p, r, lw, family);
        break;
    case ElementKind::Supplier:
    case ElementKind::Customer:
        drawFactory(p, r, lw);
        break;
    case ElementKind::Shipment:
        drawTruck(p, r, lw);
        break;
    case ElementKind::Operator:
        drawOperator(p, r, lw, false);
        break;
    case ElementKind::Supermarket:
        drawSupermarket(p, r, lw);
        break;
    case ElementKind::FifoLane:
        drawFifoLane(p, r, lw, family);
        break;
    case ElementKind::Buffer:
        drawBuffer(p, r, lw);
        break;
    case ElementKind::KanbanProduction:
        drawKanbanCard(p, r, lw, MapPainter::tr("P", "production kanban icon"), family);
        break;
    case ElementKind::KanbanWithdrawal:
        drawKanbanCard(p, r, lw, MapPainter::tr("W", "withdrawal kanban icon"), family);
        break;
    case ElementKind::KanbanSignal:
        drawSignalKanban(p, r, lw, family);
        break;
    case ElementKind::KanbanPost:
        drawKanbanPost(p, r, lw);
        break;
    case ElementKind::LoadLevelling:
        drawLoadLevelling(p, r, lw, family);
        break;
    case ElementKind::GoSee:
        drawGoSee(p, r, lw);
        break;
    case ElementKind::KaizenBurst:
        drawKaizenBurst(p, r, lw);
        break;
    case ElementKind::QualityProblem:
        drawQualityProblem(p, r, lw, family);
        break;
    case ElementKind::TextNote:
        break; // its text is the icon
    }
}

QSizeF fixedIconSize(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Process:
        return ProcessSize;
    case ElementKind::Inventory:
        return InventorySize;
    case ElementKind::Supplier:
    case ElementKind::Customer:
        return FactorySize;
    case ElementKind::ProductionControl:
        return ControlSize;
    case ElementKind::Shipment:
        return TruckSize;
    case ElementKind::Operator:
        return OperatorSize;
    case ElementKind::Supermarket:
        return SupermarketSize;
    case ElementKind::FifoLane:
        return FifoSize;
    case ElementKind::Buffer:
        return BufferSize;
    case ElementKind::KanbanProduction:
    case ElementKind::KanbanWithdrawal:
        return CardSize;
    case ElementKind::KanbanSignal:
        return SignalSize;
    case ElementKind::KanbanPost:
        return PostSize;
    case ElementKind::LoadLevelling:
        return LevellingSize;
    case ElementKind::GoSee:
        return GoSeeSize;
    case ElementKind::KaizenBurst:
        return KaizenSize;
    case ElementKind::QualityProblem:
        return QualitySize;
    case ElementKind::TextNote:
        return EmptyNoteSize;
    }
    return ProcessSize;
}

// --- Element layout: one computation for painting and for bounds -----------------------------

/** @p text in the largest of @p fonts and the fewest lines that fit inside the ellipse of
 *  semi-axes @p a, @p b; sets @p fits to false (and elides) when none does. */
TextBlock fitInEllipse(const QString &text,
                       const QList<QFont> &fonts,
                       qreal a,
                       qreal b,
                       int maxLines,
                       bool *fits = nullptr)
{
    TextBlock fallback;
    for (const QFont &font : fonts) {
        const qreal spacing = QFontMetricsF(font).lineSpacing();
        for (int lines = 1; lines <= maxLines; ++lines) {
            const qreal half = lines * spacing / 2;
            if (half >= b)
                break;
            const qreal width = 2 * a * std::sqrt(1 - (half / b) * (half / b));
            bool elided = false;
            TextBlock block = makeBlock(text, font, width, lines, Ink, &elided);
            if (!elided) {
                if (fits)
                    *fits = true;
                return block;
            }
            fallback = block;
        }
    }
    if (fits)
        *fits = false;
    return fallback;
}

/** The ellipse through the burst's inner corners, less a little air: where text may go. */
QSizeF kaizenTextAxes(const QRectF &burstRect)
{
    const qreal k = KaizenInner * std::cos(M_PI / KaizenPoints) * 0.94;
    return QSizeF(burstRect.width() / 2 * k, burstRect.height() / 2 * k);
}

QRectF shapeRect(const MapElement &e)
{
    if (e.kind == ElementKind::KaizenBurst) {
        // The smallest burst of the standard proportions that holds the whole text.
        const Fonts fonts(referenceFont());
        const qreal aspect = KaizenSize.height() / KaizenSize.width();
        QRectF r = centred(KaizenSize);
        for (qreal rx = KaizenSize.width() / 2; rx <= KaizenMaxHalfWidth; rx += 4) {
            r = QRectF(-rx, -rx * aspect, 2 * rx, 2 * rx * aspect);
            const QSizeF axes = kaizenTextAxes(r);
            bool fits = false;
            fitInEllipse(displayName(e), {fonts.text}, axes.width(), axes.height(), KaizenLines,
                         &fits);
            if (fits)
                break;
        }
        return r;
    }
    if (e.kind == ElementKind::TextNote && !e.name.trimmed().isEmpty()) {
        const Fonts fonts(referenceFont());
        const TextBlock text = makeBlock(e.name, fonts.text, NoteWidth, NoteLines);
        return centred(text.rect.size()).adjusted(-2, -2, 2, 2);
    }
    return centred(fixedIconSize(e.kind));
}

struct ElementLayout
{
    QRectF icon;
    QList<TextBlock> texts; // drawn over everything else
    QRectF dataBox; // process steps only; null when there is none
    QRectF alertRow; // over takt: the C/T row of the data box
    QRectF alertBar; // over takt without a data box: a bar inside the process box
    QRectF operatorGlyph;
    QRectF bottleneckTag;
    QRectF sharingTag;
    QRectF workcellGlyph;

    QRectF content() const
    {
        QRectF r = icon.adjusted(-OutlineWidth, -OutlineWidth, OutlineWidth, OutlineWidth);
        for (const TextBlock &t : texts)
            r |= t.rect.adjusted(-1, -1, 1, 1);
        for (const QRectF &extra : {dataBox, bottleneckTag, sharingTag})
            if (!extra.isNull())
                r |= extra.adjusted(-ThinWidth, -ThinWidth, ThinWidth, ThinWidth);
        return r;
    }
};

/** Stacks @p text under @p y, centred on x = 0, and returns the y below it. */
qreal addLineUnder(ElementLayout &l,
                   qreal y,
                   const QString &text,
                   const QFont &font,
                   const QColor &color = Ink,
                   int maxLines = LabelLines)
{
    TextBlock b = makeBlock(text, font, LabelWidth, maxLines, color);
    if (b.lines.isEmpty())
        return y;
    b.backed = true;
    b.rect.moveTopLeft(QPointF(-b.rect.width() / 2, y));
    l.texts << b;
    return b.rect.bottom();
}

TextBlock tagText(const QString &text, const QFont &font, const QColor &color)
{
    return makeBlock(text, font, ProcessSize.width() - 2 * TagPadding, 1, color);
}

void layOutProcessTags(ElementLayout &l,
                       const MapElement &e,
                       const MapPainter::Options &o,
                       const Fonts &fonts)
{
    const qreal tagBottom = l.icon.top() - TagGap;
    QRectF left;
    if (o.bottleneck) {
        TextBlock t = tagText(MapPainter::tr("bottleneck"), fonts.smallBold, Paper);
        l.bottleneckTag = QRectF(0, 0, t.rect.width() + 2 * TagPadding, t.rect.height() + 2);
        l.bottleneckTag.moveBottomLeft(QPointF(l.icon.left(), tagBottom));
        t.rect.moveCenter(l.bottleneckTag.center());
        l.texts << t;
        left = l.bottleneckTag;
    }
    if (e.sharing == MapElement::Sharing::Dedicated)
        return;
    const bool workcell = e.sharing == MapElement::Sharing::Workcell;
    TextBlock t = tagText(workcell ? MapPainter::tr("workcell") : MapPainter::tr("shared"),
                          fonts.smallItalic, Ink);
    const qreal glyph = workcell ? t.rect.height() * 0.8 : 0;
    const qreal glyphGap = workcell ? 3 : 0;
    l.sharingTag
        = QRectF(0, 0, glyph + glyphGap + t.rect.width() + 2 * TagPadding, t.rect.height() + 2);
    l.sharingTag.moveBottomRight(QPointF(l.icon.right(), tagBottom));
    if (!left.isNull() && l.sharingTag.left() < left.right() + 4) // no room side by side
        l.sharingTag.moveBottom(left.top() - TagGap);
    if (workcell)
        l.workcellGlyph = QRectF(l.sharingTag.left() + TagPadding,
                                 l.sharingTag.center().y() - glyph / 2, glyph, glyph);
    t.rect.moveTopLeft(
        QPointF(l.sharingTag.left() + TagPadding + glyph + glyphGap, l.sharingTag.top() + 1));
    l.texts << t;
}

void layOutDataBox(ElementLayout &l,
                   const MapElement &e,
                   const MapPainter::Options &o,
                   const Fonts &fonts)
{
    struct Row
    {
        QString text;
        bool alert = false;
        bool operatorGlyph = false;
    };
    QList<Row> rows;
    if (e.cycleTime)
        rows << Row {fieldLine(ElementField::CycleTime, Duration::format(*e.cycleTime)), o.overTakt,
                     false};
    if (e.changeover)
        rows << Row {fieldLine(ElementField::Changeover, Duration::format(*e.changeover))};
    if (e.uptime)
        rows << Row {fieldLine(ElementField::Uptime, percentText(*e.uptime))};
    if (e.completeAccurate)
        rows << Row {fieldLine(ElementField::CompleteAccurate, percentText(*e.completeAccurate))};
    if (e.valueAdded && (!e.cycleTime || *e.valueAdded != *e.cycleTime))
        rows << Row {fieldLine(ElementField::ValueAdded, Duration::format(*e.valueAdded))};
    if (e.operators)
        rows << Row {QString::number(*e.operators), false, true};
    if (e.shifts)
        rows << Row {fieldLine(ElementField::Shifts, QString::number(*e.shifts))};
    if (e.batch)
        rows << Row {fieldLine(ElementField::Batch, QString::number(*e.batch))};
    if (e.wipLimit)
        rows << Row {fieldLine(ElementField::WipLimit, QString::number(*e.wipLimit))};
    for (const auto &attribute : e.attributes)
        rows << Row {MapPainter::tr("%1 = %2").arg(attribute.first, attribute.second)};
    if (rows.isEmpty())
        return;

    const qreal left = l.icon.left() + BoxPadding;
    const qreal width = l.icon.width() - 2 * BoxPadding;
    const qreal top = l.icon.bottom() + DataBoxGap;
    qreal y = top + DataBoxPadding;
    for (const Row &row : std::as_const(rows)) {
        const QFont &font = row.alert ? fonts.textBold : fonts.text;
        const qreal spacing = QFontMetricsF(font).lineSpacing();
        qreal textLeft = left;
        if (row.operatorGlyph) {
            const qreal glyph = spacing - 2;
            l.operatorGlyph = QRectF(left, y + 1, glyph * 0.9, glyph);
            textLeft += glyph * 0.9 + 4;
        }
        TextBlock b = makeBlock(row.text, font, left + width - textLeft, DataRowLines,
                                row.alert ? Accent : Ink);
        b.align = Qt::AlignLeft;
        b.rect.moveTopLeft(QPointF(textLeft, y));
        if (row.alert)
            l.alertRow = QRectF(l.icon.left(), y - 1, l.icon.width(), b.rect.height() + 2);
        l.texts << b;
        y = b.rect.bottom();
    }
    l.dataBox = QRectF(l.icon.left(), top, l.icon.width(), y + DataBoxPadding - top);
    if (l.alertRow.isValid())
        l.alertRow = l.alertRow.intersected(l.dataBox);
}

void layOutProcess(ElementLayout &l,
                   const MapElement &e,
                   const MapPainter::Options &o,
                   const Fonts &fonts)
{
    const QSizeF area(l.icon.width() - 2 * BoxPadding, l.icon.height() - 2 * 4);
    TextBlock name = fitBlock(displayName(e), {fonts.title, fonts.textBold, fonts.smallBold}, area);
    name.rect.moveCenter(l.icon.center());
    l.texts << name;
    layOutProcessTags(l, e, o, fonts);
    if (o.showDataBox)
        layOutDataBox(l, e, o, fonts);
    if (o.overTakt && l.alertRow.isNull())
        l.alertBar = QRectF(l.icon.left(), l.icon.top(), 4, l.icon.height());
}

/** Names inside a box or factory: fitted, never spilling out. */
void layOutInside(ElementLayout &l, const QRectF &area, const QString &text, const Fonts &fonts)
{
    TextBlock b = fitBlock(text, {fonts.title, fonts.textBold, fonts.smallBold}, area.size());
    b.rect.moveCenter(area.center());
    l.texts << b;
}

void layOutKaizen(ElementLayout &l, const MapElement &e, const Fonts &fonts)
{
    const QSizeF axes = kaizenTextAxes(l.icon);
    TextBlock b = fitInEllipse(displayName(e), {fonts.text, fonts.small, fonts.tiny}, axes.width(),
                               axes.height(), KaizenLines);
    b.rect.moveCenter(l.icon.center());
    l.texts << b;
}

void layOutNote(ElementLayout &l, const MapElement &e, const Fonts &fonts)
{
    TextBlock b = makeBlock(e.name, fonts.text, NoteWidth, NoteLines);
    b.align = Qt::AlignLeft;
    b.backed = true; // notes are often put on top of arrows
    b.rect.moveCenter(QPointF(0, 0));
    l.texts << b;
}

/** The figures a queue shows under its name. */
qreal addQueueFigures(ElementLayout &l, qreal y, const MapElement &e, const Fonts &fonts)
{
    if (e.kind == ElementKind::FifoLane && e.maxCount)
        y = addLineUnder(l, y, MapPainter::tr("max %1").arg(*e.maxCount), fonts.small, SoftInk);
    if (e.count)
        y = addLineUnder(l, y, countText(*e.count), fonts.small, SoftInk);
    if (e.wait)
        y = addLineUnder(l, y, Duration::format(*e.wait), fonts.small, SoftInk);
    return y;
}

ElementLayout layOutElement(const MapElement &e, const MapPainter::Options &o)
{
    const Fonts fonts(o.font);
    ElementLayout l;
    l.icon = shapeRect(e);
    const qreal under = l.icon.bottom() + LabelGap;
    switch (e.kind) {
    case ElementKind::Process:
        layOutProcess(l, e, o, fonts);
        break;
    case ElementKind::ProductionControl:
        layOutInside(l, l.icon.adjusted(BoxPadding, 4, -BoxPadding, -4), displayName(e), fonts);
        break;
    case ElementKind::Supplier:
    case ElementKind::Customer: {
        // Inside the factory's walls: arrows leave from the bottom edge, and would cross a
        // name written under it.
        const qreal eaves = l.icon.top() + l.icon.height() * 0.375;
        layOutInside(
            l,
            QRectF(l.icon.left() + 4, eaves + 2, l.icon.width() - 8, l.icon.bottom() - eaves - 4),
            displayName(e), fonts);
        break;
    }
    case ElementKind::KaizenBurst:
        layOutKaizen(l, e, fonts);
        break;
    case ElementKind::TextNote:
        layOutNote(l, e, fonts);
        break;
    case ElementKind::Inventory:
    case ElementKind::Supermarket:
    case ElementKind::FifoLane:
    case ElementKind::Buffer: {
        // Names go under queues too: flow arrows and shipments come in from the side and the
        // top, and would cross a name written above.
        const qreal y = addLineUnder(l, under, displayName(e), fonts.textBold);
        addQueueFigures(l, y, e, fonts);
        break;
    }
    case ElementKind::Shipment: {
        const qreal y = addLineUnder(l, under, displayName(e), fonts.textBold);
        if (!e.frequency.trimmed().isEmpty())
            addLineUnder(l, y, e.frequency, fonts.small, SoftInk);
        break;
    }
    default:
        addLineUnder(l, under, displayName(e), fonts.small);
        break;
    }
    return l;
}

void drawProcessExtras(QPainter *p, const ElementLayout &l)
{
    if (!l.dataBox.isNull()) {
        p->setPen(inkPen(ThinWidth));
        p->setBrush(Paper);
        p->drawRect(l.dataBox);
        if (!l.alertRow.isNull()) {
            p->setPen(Qt::NoPen);
            p->setBrush(AccentWash);
            p->drawRect(l.alertRow.adjusted(ThinWidth / 2, ThinWidth / 2, -ThinWidth / 2, 0));
            p->setBrush(Accent);
            p->drawRect(QRectF(l.dataBox.left(), l.alertRow.top(), 3, l.alertRow.height()));
        }
    }
    if (!l.alertBar.isNull()) {
        p->setPen(Qt::NoPen);
        p->setBrush(Accent);
        p->drawRect(l.alertBar.adjusted(OutlineWidth / 2, OutlineWidth / 2, 0, -OutlineWidth / 2));
    }
    if (!l.operatorGlyph.isNull())
        drawOperator(p, l.operatorGlyph, ThinWidth, true);
    if (!l.bottleneckTag.isNull()) {
        p->setPen(Qt::NoPen);
        p->setBrush(TagFill);
        p->drawRoundedRect(l.bottleneckTag, 2, 2);
    }
    if (!l.sharingTag.isNull()) {
        p->setPen(inkPen(ThinWidth));
        p->setBrush(Paper);
        p->drawRoundedRect(l.sharingTag, 2, 2);
    }
    if (!l.workcellGlyph.isNull()) {
        const QRectF &u = l.workcellGlyph;
        QPen pen = inkPen(ThinWidth * 1.3);
        pen.setCapStyle(Qt::RoundCap);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        QPainterPath cell;
        cell.moveTo(u.topLeft());
        cell.lineTo(u.left(), u.bottom() - u.width() / 2);
        cell.arcTo(QRectF(u.left(), u.bottom() - u.width(), u.width(), u.width()), 180, 180);
        cell.lineTo(u.topRight());
        p->drawPath(cell);
    }
}

void drawSelection(QPainter *p, const MapElement &e, const ElementLayout &l)
{
    const QRectF r = l.content().adjusted(-SelectionMargin, -SelectionMargin, SelectionMargin,
                                          SelectionMargin);
    QPen pen(Selection, SelectionWidth);
    if (e.kind == ElementKind::TextNote) // a note has no outline of its own: keep it light
        pen.setStyle(Qt::DotLine);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(r, 3, 3);
}

// --- Connectors --------------------------------------------------------------------------------

/** Maps a frame along the line: x from the source towards the target, y across. */
QTransform lineFrame(const QLineF &line)
{
    QTransform t;
    t.translate(line.p1().x(), line.p1().y());
    t.rotateRadians(std::atan2(line.dy(), line.dx()));
    return t;
}

QPolygonF arrowHead(qreal tipX, qreal length, qreal half)
{
    return QPolygonF(
        {QPointF(tipX - length, -half), QPointF(tipX, 0), QPointF(tipX - length, half)});
}

QPainterPath thinLine(qreal from, qreal to)
{
    QPainterPath path;
    path.addRect(QRectF(from, -ThinWidth, to - from, 2 * ThinWidth));
    return path;
}

/** The zig-zag's corners in the line frame, shrunk on short lines. */
QPolygonF lightning(qreal length)
{
    const qreal mid = length / 2;
    const qreal k = qBound(0.0, (length - ThinHeadLength) / (ZigLength * 1.6), 1.0);
    const qreal half = ZigLength / 2 * k;
    const qreal back = ZigLength * 0.11 * k;
    const qreal up = ZigHalf * k;
    return QPolygonF({QPointF(0, 0), QPointF(mid - half, 0), QPointF(mid + back, -up),
                      QPointF(mid - back, up), QPointF(mid + half, 0),
                      QPointF(length - ThinHeadLength * 0.6, 0)});
}

QFont connectorLabelFont(const QFont &base)
{
    return pixelFont(base, ConnectorLabelPx);
}

QSizeF fifoBoxSize(const QFont &base)
{
    const QFontMetricsF fm(pixelFont(base, ConnectorLabelPx, true));
    return QSizeF(fm.horizontalAdvance(MapPainter::tr("FIFO")) + 8, fm.height() + 2);
}

/** What the arrow itself covers, in map coordinates: for the halo, the bounds and the label. */
QPainterPath connectorSilhouette(Connector::Kind kind, const QLineF &line, const QFont &base)
{
    const qreal length = line.length();
    const QTransform frame = lineFrame(line);
    QPainterPath local;
    QPainterPath mapped;
    switch (kind) {
    case Connector::Kind::Push: {
        const qreal head = qMin(PushHeadLength, length * 0.5);
        local.addRect(QRectF(0, -PushBandHalf, length - head, 2 * PushBandHalf));
        local.addPolygon(arrowHead(length, head, PushHeadHalf));
        break;
    }
    case Connector::Kind::Shipment: {
        const qreal head = qMin(ShipmentHeadLength, length * 0.5);
        local.addRect(QRectF(0, -ShipmentShaftHalf, length - head, 2 * ShipmentShaftHalf));
        local.addPolygon(arrowHead(length, head, ShipmentHeadHalf));
        break;
    }
    case Connector::Kind::Pull:
        local.addPath(thinLine(0, length));
        local.addPolygon(arrowHead(length, qMin(ThinHeadLength, length * 0.5), ThinHeadHalf));
        mapped.addEllipse(line.center(), PullRadius + 6, PullRadius + 6); // head included
        break;
    case Connector::Kind::Fifo: {
        local.addPath(thinLine(0, length));
        local.addPolygon(arrowHead(length, qMin(ThinHeadLength, length * 0.5), ThinHeadHalf));
        QRectF box(QPointF(), fifoBoxSize(base));
        box.moveCenter(line.center());
        mapped.addRect(box);
        break;
    }
    case Connector::Kind::ManualInfo:
        local.addPath(thinLine(0, length));
        local.addPolygon(arrowHead(length, qMin(ThinHeadLength, length * 0.5), ThinHeadHalf));
        break;
    case Connector::Kind::ElectronicInfo: {
        QPainterPath zig;
        zig.addPolygon(lightning(length));
        QPainterPathStroker stroker;
        stroker.setWidth(2 * ThinWidth);
        stroker.setJoinStyle(Qt::MiterJoin);
        local.addPath(stroker.createStroke(zig));
        local.addPolygon(arrowHead(length, qMin(ThinHeadLength, length * 0.5), ThinHeadHalf));
        break;
    }
    }
    QPainterPath result = frame.map(local);
    result.addPath(mapped);
    result.setFillRule(Qt::WindingFill); // overlapping parts stay solid
    return result;
}

/** The side a label goes on: above the line, or right of a vertical one. */
QPointF labelNormal(const QLineF &line)
{
    const qreal length = line.length();
    if (length <= 0)
        return QPointF(0, -1);
    QPointF n(line.dy() / length, -line.dx() / length);
    if (n.y() > 1e-6 || (std::abs(n.y()) <= 1e-6 && n.x() < 0))
        n = -n;
    return n;
}

/** Where a label of @p size goes: clear of the arrow's silhouette at the middle. */
QRectF labelRect(const QLineF &line, const QPainterPath &silhouette, const QSizeF &size)
{
    const QPointF n = labelNormal(line);
    const QPointF mid = line.center();
    // Walk out along the normal until the silhouette is behind us; arrows are symmetric enough.
    qreal clear = 0;
    for (qreal d = 0; d < 40; d += 0.5) {
        if (silhouette.contains(mid + n * d))
            clear = d;
    }
    const qreal along = std::abs(n.x()) * size.width() / 2 + std::abs(n.y()) * size.height() / 2;
    QRectF r(QPointF(), size);
    r.moveCenter(mid + n * (clear + LabelOffset + along));
    return r;
}

/** Labels wrap to the arrow's length, so that on a short arrow they stay between the icons. */
qreal labelWrapWidth(const QLineF &line)
{
    return qBound(ConnectorLabelMinWidth, line.length() - 2 * ThinHeadLength,
                  ConnectorLabelMaxWidth);
}

TextBlock connectorLabel(const QString &label,
                         const QLineF &line,
                         const QFont &base,
                         const QPainterPath &silhouette,
                         const QColor &color)
{
    TextBlock b = makeBlock(label.simplified(), connectorLabelFont(base), labelWrapWidth(line),
                            ConnectorLabelLines, color);
    const QSizeF padded = b.rect.size() + QSizeF(2, 2) * ConnectorLabelPadding;
    b.rect.moveCenter(labelRect(line, silhouette, padded).center());
    return b;
}

QRectF silhouetteBounds(const QPainterPath &silhouette)
{
    const qreal m = HaloWidth / 2 + 2;
    return silhouette.boundingRect().adjusted(-m, -m, m, m);
}

/** Bounds with the actual label: what the map export uses. */
QRectF tightConnectorBounds(Connector::Kind kind,
                            const QLineF &line,
                            const QString &label,
                            const QFont &base)
{
    if (line.length() < 0.5)
        return QRectF(line.center(), QSizeF()).adjusted(-2, -2, 2, 2);
    const QPainterPath silhouette = connectorSilhouette(kind, line, base);
    QRectF r = silhouetteBounds(silhouette);
    const TextBlock text = connectorLabel(label, line, base, silhouette, Ink);
    if (!text.lines.isEmpty()) {
        const qreal m = ConnectorLabelPadding + 1;
        r |= text.rect.adjusted(-m, -m, m, m);
    }
    return r;
}

void drawPush(QPainter *p, qreal length)
{
    const qreal head = qMin(PushHeadLength, length * 0.5);
    const qreal body = length - head;
    const QRectF band(0, -PushBandHalf, body, 2 * PushBandHalf);
    p->setPen(Qt::NoPen);
    p->setBrush(Paper);
    p->drawRect(band);
    // The stripes are one dashed stroke across the band: on paper that is a single line with a
    // dash array, where drawn stripes would be hundreds of polygons per arrow.
    QPen stripes(Ink, 2 * PushBandHalf, Qt::CustomDashLine, Qt::FlatCap);
    stripes.setDashPattern({StripeWidth / (2 * PushBandHalf),
                            (StripePeriod - StripeWidth) / (2 * PushBandHalf)});
    p->setPen(stripes);
    p->drawLine(QPointF(StripePeriod - StripeWidth, 0), QPointF(body, 0));
    p->setPen(inkPen(ThinWidth));
    p->setBrush(Qt::NoBrush);
    p->drawRect(band);
    p->setPen(Qt::NoPen);
    p->setBrush(Ink);
    p->drawPolygon(arrowHead(length, head, PushHeadHalf));
}

void drawShipmentArrow(QPainter *p, qreal length)
{
    const qreal head = qMin(ShipmentHeadLength, length * 0.5);
    const qreal neck = length - head;
    p->setPen(inkPen(OutlineWidth));
    p->setBrush(Paper);
    p->drawPolygon(QPolygonF({QPointF(0, -ShipmentShaftHalf), QPointF(neck, -ShipmentShaftHalf),
                              QPointF(neck, -ShipmentHeadHalf), QPointF(length, 0),
                              QPointF(neck, ShipmentHeadHalf), QPointF(neck, ShipmentShaftHalf),
                              QPointF(0, ShipmentShaftHalf)}));
}

void drawThinArrow(QPainter *p, qreal length, qreal gapFrom = -1, qreal gapTo = -1)
{
    const qreal head = qMin(ThinHeadLength, length * 0.5);
    p->setPen(inkPen(ThinWidth));
    if (gapFrom > 0 && gapTo > gapFrom && gapTo < length - head) {
        p->drawLine(QPointF(0, 0), QPointF(gapFrom, 0));
        p->drawLine(QPointF(gapTo, 0), QPointF(length - head * 0.6, 0));
    } else {
        p->drawLine(QPointF(0, 0), QPointF(length - head * 0.6, 0));
    }
    p->setPen(Qt::NoPen);
    p->setBrush(Ink);
    p->drawPolygon(arrowHead(length, head, ThinHeadHalf));
}

/** The pull symbol: a circular arrow, drawn upright whatever the line's direction. */
void drawPullCircle(QPainter *p, const QPointF &c)
{
    QPen pen = inkPen(LadderWidth);
    pen.setCapStyle(Qt::FlatCap);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    const QRectF circle(c.x() - PullRadius, c.y() - PullRadius, 2 * PullRadius, 2 * PullRadius);
    p->drawArc(circle, 70 * 16, 290 * 16);
    // The head at the arc's end, at three o'clock, pointing up along the circle.
    const QPointF end(c.x() + PullRadius, c.y());
    p->setPen(Qt::NoPen);
    p->setBrush(Ink);
    p->drawPolygon(QPolygonF({QPointF(end.x(), end.y() - 7), QPointF(end.x() + 4.5, end.y() + 1),
                              QPointF(end.x() - 4.5, end.y() + 1)}));
}

void drawFifoBox(QPainter *p, const QPointF &c, const QFont &base)
{
    QRectF box(QPointF(), fifoBoxSize(base));
    box.moveCenter(c);
    p->setPen(inkPen(ThinWidth));
    p->setBrush(Paper);
    p->drawRect(box);
    drawGlyph(p, MapPainter::tr("FIFO"), pixelFont(base, ConnectorLabelPx, true), box.center());
}

void drawConnector(QPainter *p, Connector::Kind kind, const QLineF &line, const QFont &base)
{
    const qreal length = line.length();
    p->save();
    p->setWorldTransform(lineFrame(line), true);
    switch (kind) {
    case Connector::Kind::Push:
        drawPush(p, length);
        break;
    case Connector::Kind::Shipment:
        drawShipmentArrow(p, length);
        break;
    case Connector::Kind::Pull:
        drawThinArrow(p, length, length / 2 - PullRadius - 2, length / 2 + PullRadius + 2);
        break;
    case Connector::Kind::Fifo:
    case Connector::Kind::ManualInfo:
        drawThinArrow(p, length);
        break;
    case Connector::Kind::ElectronicInfo: {
        QPen pen = inkPen(ThinWidth);
        pen.setJoinStyle(Qt::MiterJoin);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawPolyline(lightning(length));
        p->setPen(Qt::NoPen);
        p->setBrush(Ink);
        p->drawPolygon(arrowHead(length, qMin(ThinHeadLength, length * 0.5), ThinHeadHalf));
        break;
    }
    }
    p->restore();
    if (kind == Connector::Kind::Pull)
        drawPullCircle(p, line.center());
    else if (kind == Connector::Kind::Fifo)
        drawFifoBox(p, line.center(), base);
}

void paintArrow(
    QPainter *p, Connector::Kind kind, const QLineF &line, bool selected, const QFont &base)
{
    if (line.length() < 0.5)
        return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    if (selected) {
        p->setPen(QPen(SelectionHalo, HaloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->setBrush(SelectionHalo);
        p->drawPath(connectorSilhouette(kind, line, base));
    }
    drawConnector(p, kind, line, base);
    p->restore();
}

void paintArrowLabel(QPainter *p,
                     Connector::Kind kind,
                     const QLineF &line,
                     const QString &label,
                     bool selected,
                     const QFont &base)
{
    if (line.length() < 0.5 || label.trimmed().isEmpty())
        return;
    TextBlock b = connectorLabel(label, line, base, connectorSilhouette(kind, line, base),
                                 selected ? Selection.darker(130) : Ink);
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    p->setPen(Qt::NoPen);
    p->setBrush(Paper);
    const qreal m = ConnectorLabelPadding;
    p->drawRect(b.rect.adjusted(-m, -m, m, m));
    drawBlock(p, b);
    p->restore();
}

/** Where the line from @p from (the centre of @p rect's size) to @p towards leaves the rect. */
QPointF clipToRect(const QPointF &from, const QPointF &towards, const QRectF &rect)
{
    const QPointF d = towards - from;
    const qreal hw = rect.width() / 2;
    const qreal hh = rect.height() / 2;
    qreal t = 1;
    if (std::abs(d.x()) > 1e-9)
        t = qMin(t, hw / std::abs(d.x()));
    if (std::abs(d.y()) > 1e-9)
        t = qMin(t, hh / std::abs(d.y()));
    return from + d * t;
}

// --- Ladder -------------------------------------------------------------------------------------

struct LadderLayout
{
    QPainterPath wave;
    QList<QLineF> alertSegments;
    QList<TextBlock> texts;
    QRectF totals;
    QRectF extent;
};

LadderLayout
layOutLadder(const ValueStreamMap &map, const MapMetrics &metrics, qreal top, const QFont &font)
{
    LadderLayout l;
    const QList<LadderRung> &rungs = metrics.ladder;
    if (rungs.isEmpty())
        return l;
    const Fonts fonts(font);
    const int n = rungs.size();

    QList<qreal> centres;
    bool increasing = true;
    for (int i = 0; i < n; ++i) {
        const MapElement *e = map.element(rungs.at(i).elementId);
        if (!e) {
            increasing = false;
            centres << 0;
            continue;
        }
        centres << e->pos.x();
        if (i > 0 && centres.at(i) <= centres.at(i - 1))
            increasing = false;
    }
    if (!increasing) {
        const qreal first = centres.first();
        for (int i = 0; i < n; ++i)
            centres[i] = first + i * LadderSpacing;
    }
    QList<qreal> edges;
    edges << centres.first() - (n > 1 ? (centres.at(1) - centres.at(0)) / 2 : LadderSpacing / 2);
    for (int i = 1; i < n; ++i)
        edges << (centres.at(i - 1) + centres.at(i)) / 2;
    edges << centres.last()
            + (n > 1 ? (centres.at(n - 1) - centres.at(n - 2)) / 2 : LadderSpacing / 2);

    const qreal textSpacing = QFontMetricsF(fonts.text).lineSpacing();
    const qreal upper = top + textSpacing + LadderLabelGap;
    const qreal lower = upper + LadderStep;
    const std::optional<double> demand = map.demandPerDay();
    for (int i = 0; i < n; ++i) {
        const LadderRung &rung = rungs.at(i);
        const qreal y = rung.isWait ? upper : lower;
        if (i == 0)
            l.wave.moveTo(edges.at(0), y);
        else
            l.wave.lineTo(edges.at(i), y);
        l.wave.lineTo(edges.at(i + 1), y);
        const bool alert = !rung.isWait && metrics.overTakt.contains(rung.elementId);
        if (alert)
            l.alertSegments << QLineF(edges.at(i), y, edges.at(i + 1), y);

        // "Not measured" is not zero: a facilitator must see the gap.
        const MapElement *e = map.element(rung.elementId);
        bool known = true;
        if (e)
            known = rung.isWait ? MapMetrics::waitOf(*e, demand).has_value()
                                : e->cycleTime.has_value();
        const QString value = known ? Duration::format(rung.seconds) : MapPainter::tr("?");
        const qreal width = qMax(edges.at(i + 1) - edges.at(i) - 4, 40.0);
        TextBlock t
            = makeBlock(value, alert ? fonts.textBold : fonts.text, width, 1, alert ? Accent : Ink);
        if (rung.isWait) {
            t.rect.moveBottomLeft(
                QPointF(centres.at(i) - t.rect.width() / 2, upper - LadderLabelGap));
        } else {
            t.rect.moveTopLeft(QPointF(centres.at(i) - t.rect.width() / 2, lower + LadderLabelGap));
        }
        l.texts << t;
        if (!rung.isWait && known && rung.valueAdded != rung.seconds) {
            TextBlock va = makeBlock(MapPainter::tr("VA %1").arg(Duration::format(rung.valueAdded)),
                                     fonts.small, width, 1, SoftInk);
            va.rect.moveTopLeft(QPointF(centres.at(i) - va.rect.width() / 2, t.rect.bottom()));
            l.texts << va;
        }
    }

    // A future state reads against its current state: each total carries its change.
    const auto &base = metrics.baseline;
    const auto changed = [&base](const QString &text, double now, double before) {
        const QString change = base ? MetricsTable::change(now, before) : QString();
        return change.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, change);
    };
    QStringList totals;
    totals << changed(MapPainter::tr("Lead time = %1").arg(Duration::format(metrics.leadTime)),
                      metrics.leadTime, base ? base->leadTime : 0)
           << changed(MapPainter::tr("VA = %1").arg(Duration::format(metrics.valueAdded)),
                      metrics.valueAdded, base ? base->valueAdded : 0);
    if (metrics.flowEfficiency)
        totals << changed(MapPainter::tr("Flow efficiency = %1")
                              .arg(MetricsTable::percent(*metrics.flowEfficiency)),
                          *metrics.flowEfficiency,
                          base && base->flowEfficiency ? *base->flowEfficiency : 0);
    if (base)
        totals << changed(MapPainter::tr("Inventory = %1").arg(QLocale().toString(metrics.totalInventory)),
                          metrics.totalInventory, base->totalInventory);
    if (metrics.taktTime)
        totals << MapPainter::tr("Takt = %1").arg(Duration::format(*metrics.taktTime));
    if (base)
        totals << MapPainter::tr("Change against %1").arg(base->mapName);
    const qreal totalsLeft = edges.last() + TotalsGap;
    qreal y = top + TotalsPadding;
    qreal width = 0;
    for (int i = 0; i < totals.size(); ++i) {
        TextBlock t = makeBlock(totals.at(i), i == 0 ? fonts.textBold : fonts.text, 400, 1);
        t.align = Qt::AlignLeft;
        t.rect.moveTopLeft(QPointF(totalsLeft + TotalsPadding, y));
        y = t.rect.bottom();
        width = qMax(width, t.rect.width());
        l.texts << t;
    }
    l.totals = QRectF(totalsLeft, top, width + 2 * TotalsPadding, y + TotalsPadding - top);

    l.extent = l.wave.boundingRect().adjusted(-AlertWidth, -AlertWidth, AlertWidth, AlertWidth)
        | l.totals.adjusted(-ThinWidth, -ThinWidth, ThinWidth, ThinWidth);
    for (const TextBlock &t : std::as_const(l.texts))
        l.extent |= t.rect.adjusted(-1, -1, 1, 1);
    return l;
}

MapPainter::Options mapOptions(const MapElement &e, const MapMetrics &metrics, const QFont &font)
{
    MapPainter::Options o;
    o.font = font;
    o.overTakt = metrics.overTakt.contains(e.id);
    o.bottleneck = e.kind == ElementKind::Process && metrics.bottleneck == e.id;
    return o;
}

/** Fits @p source into @p target keeping its aspect ratio. */
void fitInto(QPainter *p, const QRectF &source, const QRectF &target)
{
    if (source.isEmpty() || target.isEmpty())
        return;
    const qreal scale = qMin(target.width() / source.width(), target.height() / source.height());
    p->translate(target.center());
    p->scale(scale, scale);
    p->translate(-source.center());
}

/** Everything an element's layout depends on, as bytes: the cache key. The position is not
 *  part of it: layouts are relative to the element's centre. */
QByteArray layoutKey(const MapElement &e, const MapPainter::Options &o)
{
    QByteArray key;
    key.reserve(160 + e.name.size() * 2);
    const auto add = [&key](const auto &value) {
        key.append(reinterpret_cast<const char *>(&value), sizeof value);
    };
    const auto addOptional = [&](const auto &value) {
        add(value.has_value());
        if (value)
            add(*value);
    };
    const auto addText = [&key](const QString &text) {
        key.append(reinterpret_cast<const char *>(text.constData()), text.size() * 2);
        key.append('\0');
        key.append('\0');
    };
    add(int(e.kind));
    addOptional(e.cycleTime);
    addOptional(e.changeover);
    addOptional(e.uptime);
    addOptional(e.operators);
    addOptional(e.shifts);
    addOptional(e.batch);
    addOptional(e.valueAdded);
    addOptional(e.completeAccurate);
    addOptional(e.wipLimit);
    addOptional(e.count);
    addOptional(e.demandPerDay);
    addOptional(e.wait);
    addOptional(e.maxCount);
    add(e.onTimeline);
    add(int(e.sharing));
    add(o.selected);
    add(o.overTakt);
    add(o.bottleneck);
    add(o.showDataBox);
    add(o.font.pixelSize());
    add(o.font.pointSizeF());
    addText(o.font.family());
    addText(e.name);
    addText(e.frequency);
    for (const auto &pair : e.attributes) {
        addText(pair.first);
        addText(pair.second);
    }
    return key;
}

/** Laying out an element shapes its text, which is costly; the ladder, the bounds and the
 *  painting of one map ask for the same layouts many times, so they are kept by content. */
const ElementLayout &cachedLayout(const MapElement &e, const MapPainter::Options &o)
{
    static thread_local QHash<QByteArray, ElementLayout> cache;
    const QByteArray key = layoutKey(e, o);
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    if (cache.size() > 20000) // far more than any map; bounds the memory of long sessions
        cache.clear();
    return *cache.insert(key, layOutElement(e, o));
}

} // namespace

QRectF MapPainter::iconRect(const MapElement &element)
{
    return shapeRect(element);
}

QRectF MapPainter::elementBounds(const MapElement &element, const Options &options)
{
    return cachedLayout(element, options)
        .content()
        .adjusted(-BoundsMargin, -BoundsMargin, BoundsMargin, BoundsMargin);
}

void MapPainter::paintElement(QPainter *painter, const MapElement &element, const Options &options)
{
    const ElementLayout &l = cachedLayout(element, options);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    drawShape(painter, element.kind, l.icon, OutlineWidth, options.font);
    if (element.kind == ElementKind::Process)
        drawProcessExtras(painter, l);
    for (const TextBlock &t : l.texts)
        drawBlock(painter, t);
    if (options.selected)
        drawSelection(painter, element, l);
    painter->restore();
}

QLineF MapPainter::connectorLine(const MapElement &from, const MapElement &to)
{
    const QRectF a = iconRect(from);
    const QRectF b = iconRect(to);
    const QPointF ca = from.pos + a.center();
    const QPointF cb = to.pos + b.center();
    const QRectF start = a.translated(from.pos);
    const QRectF end = b.translated(to.pos);
    if (start.intersects(end)) // overlapping icons: no edge to clip to
        return QLineF(ca, cb);
    return QLineF(clipToRect(ca, cb, a), clipToRect(cb, ca, b));
}

QRectF MapPainter::connectorBounds(Connector::Kind kind, const QLineF &line)
{
    // No label or font here: leave room for the largest label paintConnector would draw.
    // A label's edges move linearly with its size, so the extreme sizes bound them all.
    const QFont base;
    if (line.length() < 0.5)
        return tightConnectorBounds(kind, line, QString(), base);
    const QPainterPath silhouette = connectorSilhouette(kind, line, base);
    QRectF r = silhouetteBounds(silhouette);
    const qreal spacing = QFontMetricsF(connectorLabelFont(base)).lineSpacing();
    const qreal height
        = ConnectorLabelLines * spacing * ConnectorLabelSlack + 2 * ConnectorLabelPadding;
    const qreal width = labelWrapWidth(line) * ConnectorLabelSlack + 2 * ConnectorLabelPadding;
    for (const QSizeF &size :
         {QSizeF(0, 0), QSizeF(width, 0), QSizeF(0, height), QSizeF(width, height)})
        r |= labelRect(line, silhouette, size).adjusted(-2, -2, 2, 2);
    return r;
}

void MapPainter::paintConnector(QPainter *painter,
                                Connector::Kind kind,
                                const QLineF &line,
                                const QString &label,
                                bool selected)
{
    // The label takes the painter's font family, at the connector label size.
    const QFont base = painter->font();
    paintArrow(painter, kind, line, selected, base);
    paintArrowLabel(painter, kind, line, label, selected, base);
}

QRectF MapPainter::ladderBounds(const ValueStreamMap &map,
                                const MapMetrics &metrics,
                                qreal top,
                                const QFont &font)
{
    return layOutLadder(map, metrics, top, font).extent;
}

void MapPainter::paintLadder(QPainter *painter,
                             const ValueStreamMap &map,
                             const MapMetrics &metrics,
                             qreal top,
                             const QFont &font)
{
    const LadderLayout l = layOutLadder(map, metrics, top, font);
    if (l.wave.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    painter->setPen(QPen(Ink, LadderWidth, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(l.wave);
    painter->setPen(QPen(Accent, AlertWidth, Qt::SolidLine, Qt::FlatCap));
    for (const QLineF &segment : l.alertSegments)
        painter->drawLine(segment);
    painter->setPen(inkPen(ThinWidth));
    painter->setBrush(Paper);
    painter->drawRect(l.totals);
    for (const TextBlock &t : l.texts)
        drawBlock(painter, t);
    painter->restore();
}

qreal MapPainter::ladderTop(const ValueStreamMap &map, const QFont &font)
{
    Options options;
    options.font = font;
    qreal bottom = 0;
    bool any = false;
    for (const MapElement &e : map.elements()) {
        const qreal b = elementBounds(e, options).translated(e.pos).bottom();
        bottom = any ? qMax(bottom, b) : b;
        any = true;
    }
    return bottom + LadderGapBelowMap;
}

QRectF
MapPainter::mapBounds(const ValueStreamMap &map, const MapMetrics &metrics, const QFont &font)
{
    QRectF r;
    for (const Connector &c : map.connectors()) {
        const MapElement *from = map.element(c.from);
        const MapElement *to = map.element(c.to);
        if (from && to)
            r |= tightConnectorBounds(c.kind, connectorLine(*from, *to), c.label, font);
    }
    for (const MapElement &e : map.elements())
        r |= elementBounds(e, mapOptions(e, metrics, font)).translated(e.pos);
    r |= ladderBounds(map, metrics, ladderTop(map, font), font);
    if (r.isNull())
        return r;
    return r.adjusted(-MapMargin, -MapMargin, MapMargin, MapMargin);
}

void MapPainter::paintMap(QPainter *painter,
                          const ValueStreamMap &map,
                          const MapMetrics &metrics,
                          const QFont &font)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    for (const Connector &c : map.connectors()) {
        const MapElement *from = map.element(c.from);
        const MapElement *to = map.element(c.to);
        if (from && to)
            paintArrow(painter, c.kind, connectorLine(*from, *to), false, font);
    }
    for (const MapElement &e : map.elements()) {
        painter->save();
        painter->translate(e.pos);
        paintElement(painter, e, mapOptions(e, metrics, font));
        painter->restore();
    }
    // Labels last: a label crossing a neighbouring icon must stay readable.
    for (const Connector &c : map.connectors()) {
        const MapElement *from = map.element(c.from);
        const MapElement *to = map.element(c.to);
        if (from && to)
            paintArrowLabel(painter, c.kind, connectorLine(*from, *to), c.label, false, font);
    }
    paintLadder(painter, map, metrics, ladderTop(map, font), font);
    painter->restore();
}

void MapPainter::paintKindIcon(QPainter *painter, ElementKind kind, const QRectF &target)
{
    MapElement e;
    e.kind = kind;
    QRectF shape = shapeRect(e);
    QRectF source = shape;
    QRectF dataBox;
    if (kind == ElementKind::Process) { // the box with the data box under it
        dataBox = QRectF(shape.left(), shape.bottom() + shape.height() * 0.12, shape.width(),
                         shape.height() * 0.5);
        source |= dataBox;
    }
    const qreal margin = 2;
    const QRectF inner = target.adjusted(margin, margin, -margin, -margin);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    const qreal probe = qMin(inner.width() / source.width(), inner.height() / source.height());
    // Strokes stay about 1.2 px on screen however much the icon shrinks.
    const qreal lw = ThinWidth / qMax(probe, 0.01);
    fitInto(painter, source.adjusted(-lw / 2, -lw / 2, lw / 2, lw / 2), inner);
    const QFont family = referenceFont();
    if (kind == ElementKind::TextNote) {
        drawTextNoteIcon(painter, shape, family);
    } else {
        drawShape(painter, kind, shape, lw, family);
    }
    if (!dataBox.isNull())
        drawBox(painter, dataBox, lw * 0.8);
    if (kind == ElementKind::ProductionControl) { // lines of text: not an empty process box
        painter->setPen(inkPen(lw * 0.8));
        const QPointF c = shape.center();
        const qreal w = shape.width() * 0.5;
        const qreal gap = shape.height() * 0.18;
        painter->drawLine(QPointF(c.x() - w / 2, c.y() - gap), QPointF(c.x() + w / 2, c.y() - gap));
        painter->drawLine(QPointF(c.x() - w / 3, c.y() + gap), QPointF(c.x() + w / 3, c.y() + gap));
    }
    painter->restore();
}

void MapPainter::paintConnectorIcon(QPainter *painter, Connector::Kind kind, const QRectF &target)
{
    const QLineF line(0, 0, ConnectorIconLength, 0);
    const QFont base = referenceFont();
    QRectF source = connectorSilhouette(kind, line, base).boundingRect();
    source = source.adjusted(-1, -1, 1, 1);
    // Keep the icons of all kinds at one scale: centre on the line, tall enough for any.
    const qreal half = qMax(std::abs(source.top()), std::abs(source.bottom()));
    source = QRectF(source.left(), -half, source.width(), 2 * half);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    fitInto(painter, source, target.adjusted(1, 1, -1, -1));
    drawConnector(painter, kind, line, base);
    painter->restore();
}

} // namespace Takt
