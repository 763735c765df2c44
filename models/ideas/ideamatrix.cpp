#include "ideamatrix.h"

#include "ideastore.h"

#include <QFontMetricsF>
#include <QPainter>

namespace Takt {

namespace {
const QColor Ink(0x1f, 0x23, 0x28);
const QColor Grid(0x6a, 0x73, 0x7d);
const QColor QuickWins(0xe3, 0xf4, 0xe4); // a tint behind the words, never alone
const QColor Disc(0x1d, 0x4e, 0x89);
const QColor DiscText(0xff, 0xff, 0xff);
} // namespace

IdeaMatrix::IdeaMatrix(const IdeaStore &store, QSizeF size, QFont font)
    : m_store(store)
    , m_size(size)
    , m_font(std::move(font))
{
    const QFontMetricsF metrics(m_font);
    const qreal margin = metrics.height() * 2.2; // the axis titles
    m_plot = QRectF(margin, metrics.height() * 0.8, m_size.width() - margin - metrics.height(),
                    m_size.height() - margin - metrics.height() * 0.8);
}

qreal IdeaMatrix::discRadius() const
{
    return qMax(QFontMetricsF(m_font).height() * 0.8, qMin(m_plot.width(), m_plot.height()) / 40);
}

QPointF IdeaMatrix::at(qreal impact, qreal effort) const
{
    // Scores 1–10 across the whole side, half a step in from each edge.
    const qreal steps = KaizenIdea::MaxScore;
    const qreal x = m_plot.left() + (effort - 0.5) / steps * m_plot.width();
    const qreal y = m_plot.bottom() - (impact - 0.5) / steps * m_plot.height();
    return {x, y};
}

QPointF IdeaMatrix::positionOf(const KaizenIdea &idea) const
{
    // Ideas of the same scores side by side, not on top of each other.
    int before = 0;
    for (const KaizenIdea &other : m_store.ideas().items()) {
        if (other.id == idea.id)
            break;
        before += other.impactScore() == idea.impactScore()
            && other.effortScore() == idea.effortScore();
    }
    return at(idea.impactScore(), idea.effortScore()) + QPointF(before * discRadius() * 2.2, 0);
}

EntityId IdeaMatrix::ideaAt(QPointF point) const
{
    const qreal r = discRadius();
    const QList<KaizenIdea> &ideas = m_store.ideas().items();
    for (int i = int(ideas.size()) - 1; i >= 0; --i) {
        const QPointF d = point - positionOf(ideas.at(i));
        if (d.x() * d.x() + d.y() * d.y() <= r * r)
            return ideas.at(i).id;
    }
    return 0;
}

std::pair<int, int> IdeaMatrix::scoresAt(QPointF point) const
{
    const qreal steps = KaizenIdea::MaxScore;
    const int effort = int((point.x() - m_plot.left()) / m_plot.width() * steps) + 1;
    const int impact = int((m_plot.bottom() - point.y()) / m_plot.height() * steps) + 1;
    return {qBound(1, impact, KaizenIdea::MaxScore), qBound(1, effort, KaizenIdea::MaxScore)};
}

void IdeaMatrix::paint(QPainter &painter, EntityId selected) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_font);
    const QRectF p = m_plot;
    const QPointF mid = p.center();
    painter.fillRect(QRectF(p.topLeft(), mid), QuickWins);
    painter.setPen(QPen(Grid, 1.5));
    painter.drawRect(p);
    painter.drawLine(QPointF(mid.x(), p.top()), QPointF(mid.x(), p.bottom()));
    painter.drawLine(QPointF(p.left(), mid.y()), QPointF(p.right(), mid.y()));
    // Each quarter named, in its corner.
    painter.setPen(Ink);
    QFont bold = m_font;
    bold.setBold(true);
    painter.setFont(bold);
    const qreal pad = QFontMetricsF(m_font).height() * 0.3;
    const auto corner = [&](const QRectF &quarter, Qt::Alignment align, const QString &text) {
        painter.drawText(quarter.adjusted(pad, pad, -pad, -pad), int(align), text);
    };
    corner(QRectF(p.topLeft(), mid), Qt::AlignLeft | Qt::AlignTop, tr("Quick wins"));
    corner(QRectF(QPointF(mid.x(), p.top()), QPointF(p.right(), mid.y())),
           Qt::AlignRight | Qt::AlignTop, tr("Major projects"));
    corner(QRectF(QPointF(p.left(), mid.y()), QPointF(mid.x(), p.bottom())),
           Qt::AlignLeft | Qt::AlignBottom, tr("Fill-ins"));
    corner(QRectF(mid, p.bottomRight()), Qt::AlignRight | Qt::AlignBottom, tr("Thankless tasks"));
    painter.setFont(m_font);
    // The axes.
    const qreal line = QFontMetricsF(m_font).height();
    painter.drawText(QRectF(p.left(), p.bottom() + line * 0.2, p.width(), line * 1.5),
                     Qt::AlignCenter, tr("Effort: low → high"));
    painter.save();
    painter.translate(p.left() - line * 1.6, p.bottom());
    painter.rotate(-90);
    painter.drawText(QRectF(0, 0, p.height(), line * 1.5), Qt::AlignCenter,
                     tr("Impact: low → high"));
    painter.restore();
    // The ideas, numbered as the room calls them.
    const qreal r = discRadius();
    for (const KaizenIdea &idea : m_store.ideas().items()) {
        const QPointF c = positionOf(idea);
        painter.setPen(idea.id == selected ? QPen(Ink, 3) : QPen(DiscText, 1.5));
        painter.setBrush(Disc);
        painter.drawEllipse(c, r, r);
        painter.setPen(DiscText);
        painter.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                         QString::number(m_store.numberOf(idea.id)));
    }
    painter.restore();
}

} // namespace Takt
