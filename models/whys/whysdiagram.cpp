#include "whysdiagram.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace Takt {

namespace {
const QColor Ink(0x20, 0x24, 0x2a);
const QColor Muted(0x6b, 0x72, 0x80);
const QColor ConfirmedFill(0xe3, 0xf4, 0xe6);
const QColor HypothesisFill(0xff, 0xf6, 0xdb);
const QColor RuledOutFill(0xee, 0xee, 0xee);
const QColor ProblemFill(0xfd, 0xe2, 0xe2);
const QColor Selection(0x1f, 0x6f, 0xd1);
constexpr int TextFlags = Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignTop;
} // namespace

WhysDiagram::WhysDiagram(const FiveWhysTree &tree, const QFont &font)
    : m_tree(tree)
    , m_font(font)
    , m_small(font)
{
    // Outlines for vector output; no ligatures, so that text on paper reads (and is found,
    // by pdftotext and search) as typed.
    const auto strategy = QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping);
    m_font.setStyleStrategy(strategy);
    m_small.setStyleStrategy(strategy);
    const qreal px = m_font.pixelSize() > 0 ? m_font.pixelSize() : QFontMetricsF(font).height();
    m_small.setPixelSize(qMax(8, qRound(px * 0.8)));
    m_boxWidth = px * 16;
    m_pad = px * 0.5;
    for (const WhyCause &c : m_tree.causes)
        m_children[c.parent] << &c;
    const qreal gapY = px * 3;

    qreal nextX = 0;
    QList<qreal> rows;
    place(0, 0, &nextX, &rows);

    const QFontMetricsF fm(m_font);
    const qreal problemWidth = m_boxWidth * 2;
    const QString problem
        = m_tree.analysis.problem.isEmpty() ? m_tree.analysis.name : m_tree.analysis.problem;
    const qreal problemText
        = fm.boundingRect(QRectF(0, 0, problemWidth - 2 * m_pad, 1e6), TextFlags, problem).height();
    const QList<const WhyCause *> top = m_children.value(0);
    const qreal centre = top.isEmpty()
        ? problemWidth / 2
        : (m_boxes.value(top.first()->id).left() + m_boxes.value(top.last()->id).right()) / 2;
    m_problem = QRectF(centre - problemWidth / 2, 0, problemWidth,
                       problemText + 2 * m_pad + QFontMetricsF(m_small).lineSpacing());

    // Rows are as high as their highest box; each box at the top of its row.
    QList<qreal> rowTop;
    qreal y = m_problem.bottom() + gapY;
    for (qreal height : std::as_const(rows)) {
        rowTop << y;
        y += height + gapY;
    }
    m_bounds = m_problem;
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it) {
        it->moveTop(rowTop.at(m_depth.value(it.key())));
        m_bounds |= *it;
    }
    m_bounds.adjust(-px, -px, px, px);
}

qreal WhysDiagram::place(EntityId parent, int depth, qreal *nextX, QList<qreal> *rows)
{
    const qreal gapX = m_boxWidth / 10;
    qreal first = 0, last = 0;
    const QList<const WhyCause *> children = m_children.value(parent);
    for (int i = 0; i < children.size(); ++i) {
        const WhyCause &c = *children.at(i);
        const QList<const WhyCause *> below = m_children.value(c.id);
        qreal x;
        if (below.isEmpty()) {
            x = *nextX;
            *nextX += m_boxWidth + gapX;
        } else {
            x = place(c.id, depth + 1, nextX, rows);
        }
        while (rows->size() <= depth) // rows below are made first, by the recursion
            rows->append(0);
        const qreal height = textHeight(c);
        (*rows)[depth] = qMax(rows->at(depth), height);
        m_boxes.insert(c.id, QRectF(x, 0, m_boxWidth, height));
        m_depth.insert(c.id, depth);
        if (i == 0)
            first = x;
        last = x;
    }
    return (first + last) / 2;
}

qreal WhysDiagram::textHeight(const WhyCause &cause) const
{
    const QFontMetricsF fm(m_font);
    const qreal text
        = fm.boundingRect(QRectF(0, 0, m_boxWidth - 2 * m_pad, 1e6), TextFlags, cause.text)
              .height();
    const qreal small = QFontMetricsF(m_small).lineSpacing();
    return m_pad + text + small * (cause.rootCause ? 2 : 1) + m_pad;
}

EntityId WhysDiagram::itemAt(QPointF point) const
{
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        if (it->contains(point))
            return it.key();
    return 0;
}

QString WhysDiagram::statusText(WhyCause::Status status)
{
    switch (status) {
    case WhyCause::Status::Confirmed:
        return tr("✓ confirmed");
    case WhyCause::Status::RuledOut:
        return tr("✗ ruled out");
    case WhyCause::Status::Hypothesis:
        break;
    }
    return tr("? hypothesis");
}

void WhysDiagram::paint(QPainter &painter, EntityId selected, const QRectF &visible) const
{
    // A window shows a few boxes of hundreds: only those are wrapped and drawn.
    const auto shown
        = [&visible](const QRectF &r) { return visible.isNull() || visible.intersects(r); };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // The links first, elbowed: down from the effect, across, down into the cause.
    painter.setPen(QPen(Muted, qMax<qreal>(1, m_pad / 4)));
    painter.setBrush(Qt::NoBrush);
    for (const WhyCause &c : m_tree.causes) {
        const QRectF box = m_boxes.value(c.id);
        const QRectF effect = c.parent ? m_boxes.value(c.parent) : m_problem;
        const QPointF from(effect.center().x(), effect.bottom());
        const QPointF to(box.center().x(), box.top());
        if (!shown(QRectF(from, to).normalized().adjusted(-1, -1, 1, 1)))
            continue;
        const qreal midY = (from.y() + to.y()) / 2;
        QPainterPath path(from);
        path.lineTo(from.x(), midY);
        path.lineTo(to.x(), midY);
        path.lineTo(to);
        painter.drawPath(path);
    }
    painter.setPen(QPen(Ink, m_pad / 3));
    painter.setBrush(ProblemFill);
    painter.drawRoundedRect(m_problem, m_pad, m_pad);
    const QRectF inner = m_problem.adjusted(m_pad, m_pad / 2, -m_pad, -m_pad);
    painter.setFont(m_small);
    painter.drawText(inner, Qt::AlignHCenter | Qt::AlignTop, tr("PROBLEM"));
    painter.setFont(m_font);
    painter.drawText(inner.adjusted(0, QFontMetricsF(m_small).lineSpacing(), 0, 0), TextFlags,
                     m_tree.analysis.problem.isEmpty() ? m_tree.analysis.name
                                                       : m_tree.analysis.problem);
    for (const WhyCause &c : m_tree.causes)
        if (shown(m_boxes.value(c.id).adjusted(-m_pad, -m_pad, m_pad, m_pad)))
            paintBox(painter, c, c.id == selected);
    painter.restore();
}

void WhysDiagram::paintBox(QPainter &painter, const WhyCause &c, bool selected) const
{
    const QRectF box = m_boxes.value(c.id);
    if (selected) {
        painter.setPen(QPen(Selection, m_pad * 0.8));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box.adjusted(-m_pad / 2, -m_pad / 2, m_pad / 2, m_pad / 2), m_pad,
                                m_pad);
    }
    const QColor fill = c.status == WhyCause::Status::Confirmed ? ConfirmedFill
        : c.status == WhyCause::Status::RuledOut                ? RuledOutFill
                                                                : HypothesisFill;
    // A root cause is framed heavily; a ruled-out link dashed: both also said in words.
    QPen frame(Ink, c.rootCause ? m_pad * 0.6 : m_pad / 6);
    if (c.status == WhyCause::Status::RuledOut)
        frame.setStyle(Qt::DashLine);
    painter.setPen(frame);
    painter.setBrush(fill);
    painter.drawRoundedRect(box, m_pad / 2, m_pad / 2);
    const QRectF inner = box.adjusted(m_pad, m_pad, -m_pad, -m_pad);
    painter.setPen(c.status == WhyCause::Status::RuledOut ? Muted : Ink);
    painter.setFont(m_font);
    painter.drawText(inner, TextFlags, c.text);
    const qreal small = QFontMetricsF(m_small).lineSpacing();
    QRectF status(inner.left(), inner.bottom() - small, inner.width(), small);
    painter.setFont(m_small);
    painter.drawText(status, Qt::AlignHCenter | Qt::AlignVCenter, statusText(c.status));
    if (c.rootCause) {
        QFont bold = m_small;
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(Ink);
        painter.drawText(status.translated(0, -small), Qt::AlignHCenter | Qt::AlignVCenter,
                         tr("ROOT CAUSE"));
    }
}

} // namespace Takt
