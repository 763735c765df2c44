#include "mappainter.h"

#include "elementlayout.h"
#include "ladderlayout.h"
#include "mapmetrics.h"
#include "paintconnectors.h"
#include "painticons.h"
#include "paintstyle.h"
#include "painttext.h"
#include "valuestreammap.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Takt {

// The drawing itself lives in the Paint parts (see paintstyle.h); this file is MapPainter's API.
using namespace Paint;

namespace {

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

} // namespace

MapPainter::Options
MapPainter::options(const MapElement &e, const MapMetrics &metrics, const QFont &font)
{
    Options o;
    o.font = font;
    o.overTakt = metrics.overTakt.contains(e.id);
    o.bottleneck = e.kind == ElementKind::Process && metrics.bottleneck == e.id;
    o.offFlow = metrics.offFlow.contains(e.id);
    o.timeUnit = metrics.timeUnit;
    const auto measured = metrics.measuredCycleTimes.constFind(e.id);
    if (measured != metrics.measuredCycleTimes.constEnd())
        o.cycleTimeSpread = metrics.spreadText(*measured);
    return o;
}

QFont MapPainter::mapFont()
{
    QFont font(QStringLiteral("DejaVu Sans")); // a dependency of the package, on every platform
    font.setPixelSize(DefaultBasePx);
    // Outlines for vector output; no ligatures, so that text on paper reads (and is found,
    // copied and spoken) as typed.
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return font;
}

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
    drawOffFlowTag(painter, l);
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
    drawLadder(painter, layOutLadder(map, metrics, top, font));
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
        r |= elementBounds(e, options(e, metrics, font)).translated(e.pos);
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
    paintMap(painter, map, metrics, font, QRectF());
}

void MapPainter::paintMap(QPainter *painter,
                          const ValueStreamMap &map,
                          const MapMetrics &metrics,
                          const QFont &font,
                          const QRectF &visible)
{
    // A null rectangle means everything; otherwise what lies outside it is not drawn at all,
    // so that a page of a large map holds that page's drawing only.
    const auto shown
        = [&visible](const QRectF &r) { return visible.isNull() || visible.intersects(r); };
    // Each connector's line is computed once and shared by its arrow and its label.
    QList<QPair<const Connector *, QLineF>> lines;
    for (const Connector &c : map.connectors()) {
        const MapElement *from = map.element(c.from);
        const MapElement *to = map.element(c.to);
        if (!from || !to)
            continue;
        const QLineF line = connectorLine(*from, *to);
        if (shown(connectorBounds(c.kind, line)))
            lines << qMakePair(&c, line);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    for (const auto &[c, line] : std::as_const(lines))
        paintArrow(painter, c->kind, line, false, font);
    for (const MapElement &e : map.elements()) {
        const Options drawn = MapPainter::options(e, metrics, font);
        if (!shown(elementBounds(e, drawn).translated(e.pos)))
            continue;
        painter->save();
        painter->translate(e.pos);
        paintElement(painter, e, drawn);
        painter->restore();
    }
    // Labels last: a label crossing a neighbouring icon must stay readable.
    for (const auto &[c, line] : std::as_const(lines))
        paintArrowLabel(painter, c->kind, line, c->label, false, font);
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
