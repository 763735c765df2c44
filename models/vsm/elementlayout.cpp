// The layouts of elementlayout.h: each kind's rules for its name and figures, the process
// step's data box and tags, and the cache that keeps the laid-out results by content.

#include "elementlayout.h"

#include "common/duration.h"
#include "painticons.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <cmath>

namespace Takt::Paint {

namespace {

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
    if (e.cycleTime || !o.cycleTimeSpread.isEmpty()) {
        rows << Row {fieldLine(ElementField::CycleTime,
                               e.cycleTime ? Duration::format(*e.cycleTime, o.timeUnit)
                                           : QStringLiteral("–")),
                     o.overTakt, false};
        // What the room measured, right under what it wrote down: "(4–9 h, n = 30)", a row
        // of its own so that a narrow box never breaks it.
        if (!o.cycleTimeSpread.isEmpty())
            rows << Row {MapPainter::tr("(%1)").arg(o.cycleTimeSpread)};
    }
    if (e.changeover)
        rows << Row {
            fieldLine(ElementField::Changeover, Duration::format(*e.changeover, o.timeUnit))};
    if (e.uptime)
        rows << Row {fieldLine(ElementField::Uptime, percentText(*e.uptime))};
    if (e.completeAccurate)
        rows << Row {fieldLine(ElementField::CompleteAccurate, percentText(*e.completeAccurate))};
    if (e.valueAdded && (!e.cycleTime || *e.valueAdded != *e.cycleTime))
        rows << Row {
            fieldLine(ElementField::ValueAdded, Duration::format(*e.valueAdded, o.timeUnit))};
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
qreal addQueueFigures(ElementLayout &l,
                      qreal y,
                      const MapElement &e,
                      const MapPainter::Options &o,
                      const Fonts &fonts)
{
    if (e.kind == ElementKind::FifoLane && e.maxCount)
        y = addLineUnder(l, y, MapPainter::tr("max %1").arg(*e.maxCount), fonts.small, SoftInk);
    if (e.count)
        y = addLineUnder(l, y, countText(*e.count), fonts.small, SoftInk);
    if (e.wait)
        y = addLineUnder(l, y, Duration::format(*e.wait, o.timeUnit), fonts.small, SoftInk);
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
        addQueueFigures(l, y, e, o, fonts);
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
    if (o.offFlow) {
        // In words, with a dashed outline: not told by colour alone.
        TextBlock t = tagText(MapPainter::tr("not in the flow"), fonts.smallBold, Accent);
        qreal top = l.icon.top();
        for (const QRectF &tag : {l.bottleneckTag, l.sharingTag})
            if (!tag.isNull())
                top = qMin(top, tag.top());
        l.offFlowTag = QRectF(0, 0, t.rect.width() + 2 * TagPadding, t.rect.height() + 2);
        l.offFlowTag.moveBottom(top - TagGap);
        l.offFlowTag.moveLeft(-l.offFlowTag.width() / 2);
        t.rect.moveCenter(l.offFlowTag.center());
        l.texts << t;
    }
    return l;
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
    addText(o.cycleTimeSpread);
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
    add(o.offFlow);
    add(o.showDataBox);
    add(o.font.pixelSize());
    addOptional(o.timeUnit);
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

} // namespace

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

void drawOffFlowTag(QPainter *p, const ElementLayout &l)
{
    if (l.offFlowTag.isNull())
        return;
    QPen pen(Accent, ThinWidth, Qt::DashLine);
    p->setPen(pen);
    p->setBrush(Paper);
    p->drawRoundedRect(l.offFlowTag, 2, 2); // its text is one of l.texts, drawn over it
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

} // namespace Takt::Paint
