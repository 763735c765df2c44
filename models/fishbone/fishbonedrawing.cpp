#include "fishbonedrawing.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>

#include <functional>

namespace Takt {

namespace {
const QColor Ink(0x20, 0x24, 0x2a);
const QColor Muted(0x6b, 0x72, 0x80);
const QColor LabelFill(0xe8, 0xef, 0xfa);
const QColor HeadFill(0xfd, 0xe2, 0xe2);
const QColor Selection(0x1f, 0x6f, 0xd1);
constexpr qreal Slant = 0.45; // a bone leans this far back per unit of height
constexpr int TextFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignBottom;
constexpr int MaxDepth = 32; // deeper causes are not drawn (a damaged file)
} // namespace

FishboneDrawing::FishboneDrawing(const FishboneTree &tree, const QFont &font)
    : m_tree(tree)
    , m_font(font)
{
    // Outlines for vector output; no ligatures, so that text on paper reads (and is found,
    // by pdftotext and search) as typed.
    m_font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    m_px = m_font.pixelSize() > 0 ? m_font.pixelSize() : QFontMetricsF(m_font).height();
    m_bold = m_font;
    m_bold.setBold(true);
    m_small = m_font;
    m_small.setPixelSize(qMax(8, qRound(m_px * 0.8)));
    m_textWidth = m_px * 13;

    // Bones in pairs along the spine, above and below in turn; a pair meets the spine at one
    // point, far enough right that neither bone reaches into the pair before it.
    for (int i = 0; i < m_tree.categories.size(); ++i) {
        Bone bone;
        bone.category = &m_tree.categories.at(i);
        bone.above = i % 2 == 0;
        measure(bone);
        m_bones << bone;
    }
    qreal above = 0, below = 0;
    for (const Bone &bone : std::as_const(m_bones))
        (bone.above ? above : below) = qMax(bone.above ? above : below, bone.height);
    const qreal spineY = qMax(above, m_px * 3);
    const qreal gap = m_px;
    qreal cursorAbove = m_px * 2, cursorBelow = m_px * 2;
    for (int i = 0; i < m_bones.size(); i += 2) {
        Bone *top = &m_bones[i];
        Bone *bottom = i + 1 < m_bones.size() ? &m_bones[i + 1] : nullptr;
        qreal x = cursorAbove - top->left;
        if (bottom)
            x = qMax(x, cursorBelow - bottom->left);
        place(*top, x, spineY);
        cursorAbove = x + top->right + gap;
        if (bottom) {
            place(*bottom, x, spineY);
            cursorBelow = x + bottom->right + gap;
        }
    }

    const QFontMetricsF bold(m_bold);
    const QString effect
        = m_tree.diagram.effect.isEmpty() ? m_tree.diagram.name : m_tree.diagram.effect;
    const qreal pad = m_px * 0.5;
    const qreal headText
        = bold.boundingRect(QRectF(0, 0, m_textWidth, 1e6), Qt::TextWordWrap, effect).height();
    const qreal headHeight = headText + QFontMetricsF(m_small).lineSpacing() + 2 * pad;
    const qreal headLeft = qMax(cursorAbove, cursorBelow) + m_px * 2;
    m_head = QRectF(headLeft, spineY - headHeight / 2, m_textWidth + 2 * pad, headHeight);
    m_spine = QLineF(0, spineY, headLeft, spineY);

    m_bounds = m_head | QRectF(0, spineY - m_px, 1, 2 * m_px);
    for (const Bone &bone : std::as_const(m_bones)) {
        m_bounds |= bone.label;
        m_boxes.insert(bone.category->id, bone.label);
        for (const Row &row : bone.rows) {
            const QRectF box = row.text | QRectF(row.line.p1(), row.line.p2()).normalized();
            m_boxes.insert(row.cause->id, box);
            m_bounds |= box;
        }
    }
    m_bounds.adjust(-m_px, -m_px, m_px, m_px);
}

QString FishboneDrawing::causeText(const FishboneCause &cause)
{
    return cause.likely ? tr("%1 (likely)").arg(cause.text) : cause.text;
}

void FishboneDrawing::measure(Bone &bone) const
{
    // The causes in reading order, each before its own; the last nearest the spine.
    QList<QPair<const FishboneCause *, int>> order;
    const std::function<void(EntityId, int)> walk = [&](EntityId parent, int depth) {
        if (depth > MaxDepth)
            return;
        for (const FishboneCause *c : m_tree.causesOf(parent)) {
            order.append({c, depth});
            walk(c->id, depth + 1);
        }
    };
    walk(bone.category->id, 1);

    const qreal pad = m_px * 0.4;
    const qreal indent = m_px * 1.5;
    const qreal small = QFontMetricsF(m_small).lineSpacing();
    const qreal near = m_px; // between the spine and the nearest row
    QList<qreal> heights;
    qreal total = near;
    for (const auto &[cause, depth] : std::as_const(order)) {
        const QFontMetricsF fm(cause->likely ? m_bold : m_font);
        const qreal text
            = fm.boundingRect(QRectF(0, 0, m_textWidth, 1e6), Qt::TextWordWrap, causeText(*cause))
                  .height();
        heights << text + 2 * pad + (m_tree.whys.contains(cause->id) ? small : 0);
        total += heights.last();
    }
    // Rows from the spine outwards: the last of the order first.
    const qreal sign = bone.above ? -1 : 1;
    QHash<EntityId, qreal> ends; // where each cause's line ends, for its own causes
    QList<qreal> from(order.size());
    qreal d = near;
    for (int i = int(order.size()) - 1; i >= 0; --i) {
        from[i] = d;
        d += heights.at(i);
    }
    bone.left = 0;
    for (int i = 0; i < order.size(); ++i) {
        Row row;
        row.cause = order.at(i).first;
        row.depth = order.at(i).second;
        row.height = heights.at(i);
        // The words sit on their line: the near edge of the band above, the far edge below.
        const qreal lineD = bone.above ? from.at(i) : from.at(i) + row.height;
        const qreal y = sign * lineD;
        // The words end short of the bone where it is nearest them (at the band's far edge);
        // a cause's line runs on under them to the bone.
        const qreal end = row.depth == 1 ? -(from.at(i) + row.height) * Slant
                                         : ends.value(row.cause->parent) - indent;
        ends.insert(row.cause->id, end);
        const QFontMetricsF fm(row.cause->likely ? m_bold : m_font);
        qreal width = fm.boundingRect(QRectF(0, 0, m_textWidth, 1e6), Qt::TextWordWrap,
                                      causeText(*row.cause))
                          .width();
        if (m_tree.whys.contains(row.cause->id))
            width = qMax(width,
                         QFontMetricsF(m_small).horizontalAdvance(
                             tr("→ 5 Whys: %1").arg(m_tree.whys.value(row.cause->id))));
        width = qMin(m_textWidth, width);
        const qreal start = end - width - 2 * pad;
        row.line = QLineF(start, y, row.depth == 1 ? -lineD * Slant : end, y);
        row.text = QRectF(start + pad, y - row.height + pad, width, row.height - 2 * pad);
        bone.left = qMin(bone.left, start);
        bone.rows << row;
    }
    // Each sub-cause's line joins its cause's line where it ends.
    QHash<EntityId, qreal> lineY;
    for (const Row &row : std::as_const(bone.rows))
        lineY.insert(row.cause->id, row.line.y1());
    for (Row &row : bone.rows)
        if (row.depth > 1)
            row.link
                = QLineF(row.line.p2(), QPointF(row.line.x2(), lineY.value(row.cause->parent)));

    const QFontMetricsF bold(m_bold);
    const qreal labelWidth
        = qMin(m_textWidth, bold.horizontalAdvance(bone.category->name)) + 2 * pad;
    const qreal labelHeight = bold.boundingRect(QRectF(0, 0, labelWidth - 2 * pad, 1e6),
                                                Qt::TextWordWrap, bone.category->name)
                                  .height()
        + 2 * pad;
    const qreal far = total + m_px * 0.5;
    const QPointF tip(-far * Slant, sign * far);
    bone.line = QLineF(tip, QPointF(0, 0));
    bone.label = QRectF(tip.x() - labelWidth / 2, bone.above ? tip.y() - labelHeight : tip.y(),
                        labelWidth, labelHeight);
    bone.left = qMin(bone.left, bone.label.left());
    bone.right = qMax<qreal>(0, bone.label.right());
    bone.height = far + labelHeight;
}

void FishboneDrawing::place(Bone &bone, qreal spineX, qreal spineY) const
{
    const QPointF by(spineX, spineY);
    bone.line.translate(by);
    bone.label.translate(by);
    for (Row &row : bone.rows) {
        row.text.translate(by);
        row.line.translate(by);
        if (!row.link.isNull())
            row.link.translate(by);
    }
}

QRectF FishboneDrawing::boxOf(EntityId item) const
{
    return m_boxes.value(item);
}

EntityId FishboneDrawing::itemAt(QPointF point) const
{
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        if (it->contains(point))
            return it.key();
    return 0;
}

void FishboneDrawing::paint(QPainter &painter, EntityId selected, const QRectF &visible) const
{
    const auto shown = [&visible](const QRectF &r) {
        return visible.isNull() || visible.intersects(r.adjusted(-2, -2, 2, 2));
    };
    const qreal pad = m_px * 0.5;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // The spine, with its arrow into the head.
    painter.setPen(QPen(Ink, m_px * 0.3, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(m_spine);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Ink);
    const QPointF tip = m_spine.p2();
    painter.drawPolygon(
        QPolygonF({tip, tip + QPointF(-m_px, -m_px * 0.6), tip + QPointF(-m_px, m_px * 0.6)}));
    for (const Bone &bone : m_bones) {
        painter.setPen(QPen(Ink, m_px * 0.18, Qt::SolidLine, Qt::RoundCap));
        if (shown(QRectF(bone.line.p1(), bone.line.p2()).normalized()))
            painter.drawLine(bone.line);
        for (const Row &row : bone.rows)
            if (shown(m_boxes.value(row.cause->id))
                || (!row.link.isNull() && shown(QRectF(row.link.p1(), row.link.p2()).normalized())))
                paintRow(painter, row, row.cause->id == selected);
        if (!shown(bone.label))
            continue;
        painter.setPen(QPen(bone.category->id == selected ? Selection : Ink,
                            bone.category->id == selected ? m_px * 0.3 : m_px * 0.1));
        painter.setBrush(LabelFill);
        painter.drawRect(bone.label);
        painter.setPen(Ink);
        painter.setFont(m_bold);
        painter.drawText(bone.label.adjusted(pad * 0.8, 0, -pad * 0.8, 0),
                         Qt::TextWordWrap | Qt::AlignCenter, bone.category->name);
    }
    if (shown(m_head)) {
        painter.setPen(QPen(Ink, m_px * 0.15));
        painter.setBrush(HeadFill);
        painter.drawRoundedRect(m_head, pad, pad);
        const QRectF inner = m_head.adjusted(pad, pad / 2, -pad, -pad);
        painter.setFont(m_small);
        painter.drawText(inner, Qt::AlignHCenter | Qt::AlignTop, tr("EFFECT"));
        painter.setFont(m_bold);
        painter.drawText(inner.adjusted(0, QFontMetricsF(m_small).lineSpacing(), 0, 0),
                         Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignTop,
                         m_tree.diagram.effect.isEmpty() ? m_tree.diagram.name
                                                         : m_tree.diagram.effect);
    }
    painter.restore();
}

void FishboneDrawing::paintRow(QPainter &painter, const Row &row, bool selected) const
{
    const FishboneCause &c = *row.cause;
    if (selected) {
        painter.setPen(QPen(Selection, m_px * 0.25));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(
            m_boxes.value(c.id).adjusted(-m_px * 0.3, -m_px * 0.3, m_px * 0.3, m_px * 0.3),
            m_px * 0.3, m_px * 0.3);
    }
    // A likely cause: a heavier line and bold words that say "likely".
    painter.setPen(QPen(c.likely ? Ink : Muted, c.likely ? m_px * 0.16 : m_px * 0.08));
    painter.drawLine(row.line);
    if (!row.link.isNull()) {
        painter.setPen(QPen(Muted, m_px * 0.08));
        painter.drawLine(row.link);
    }
    painter.setPen(Ink);
    QRectF text = row.text;
    if (m_tree.whys.contains(c.id)) {
        const qreal small = QFontMetricsF(m_small).lineSpacing();
        painter.setFont(m_small);
        painter.drawText(
            QRectF(text.left(), text.bottom() - small, text.width(), small),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
            QFontMetricsF(m_small).elidedText(tr("→ 5 Whys: %1").arg(m_tree.whys.value(c.id)),
                                              Qt::ElideRight, text.width()));
        text.setBottom(text.bottom() - small);
    }
    painter.setFont(c.likely ? m_bold : m_font);
    painter.drawText(text, TextFlags, causeText(c));
}

} // namespace Takt
