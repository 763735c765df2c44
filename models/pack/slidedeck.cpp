#include "slidedeck.h"

#include "document/artefactkind.h"
#include "document/artefactstore.h"
#include "document/document.h"

#include <QFontMetricsF>
#include <QPainter>

namespace Takt {

namespace {
constexpr qreal TitleShare = 0.08; // of the screen height
constexpr qreal Margin = 0.02; // of the screen height, around the drawing

QFont slideFont(qreal pixels, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qMax(8, qRound(pixels)));
    font.setBold(bold);
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return font;
}
} // namespace

QRectF SlideDeck::titleBand(QSizeF screen, qreal room)
{
    return QRectF(0, 0, screen.width(), (room > 0 ? room : screen.height()) * TitleShare);
}

QRectF SlideDeck::area(QSizeF screen, qreal room)
{
    const qreal margin = (room > 0 ? room : screen.height()) * Margin;
    const QRectF band = titleBand(screen, room);
    return QRectF(margin, band.bottom() + margin, screen.width() - 2 * margin,
                  screen.height() - band.bottom() - 2 * margin);
}

QList<Slide> SlideDeck::build(const Document &document,
                              QSizeF screen,
                              qreal textShare,
                              const QSet<EntityId> &items,
                              qreal room)
{
    QList<Slide> slides;
    const QSizeF drawing = area(screen, room).size();
    const qreal text = textShare * (room > 0 ? room : screen.height());
    for (const ArtefactStore *store : document.stores())
        for (EntityId id : store->artefacts())
            if (items.isEmpty() || items.contains(id))
                slides << store->kind().slides(document, id, drawing, text);
    return slides;
}

void SlideDeck::paint(
    QPainter *painter, const Slide &slide, QSizeF screen, bool figures, qreal room)
{
    const qreal roomHeight = room > 0 ? room : screen.height();
    painter->save();
    painter->fillRect(QRectF(QPointF(0, 0), screen), Ground);
    // The title, in black on a light band: readable on a washed-out projector.
    const QRectF band = titleBand(screen, room);
    painter->fillRect(band, TitleBand);
    painter->setPen(Ink);
    painter->setFont(slideFont(band.height() * 0.45, true));
    painter->drawText(band.adjusted(band.height() * 0.3, 0, -band.height() * 0.3, 0),
                      Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(painter->font())
                          .elidedText(slide.title, Qt::ElideRight, band.width() * 0.95));

    const QRectF target = area(screen, room);
    const QSizeF size
        = QSizeF(slide.source.width(), slide.source.height() + slide.footer.height()) * slide.scale;
    const QPointF topLeft(target.left() + qMax(0.0, (target.width() - size.width()) / 2),
                          target.top() + qMax(0.0, (target.height() - size.height()) / 2));
    const auto drawPart = [&](const QRectF &source, QPointF at) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::TextAntialiasing);
        painter->setClipRect(QRectF(at, source.size() * slide.scale).intersected(target));
        painter->translate(at - source.topLeft() * slide.scale);
        painter->scale(slide.scale, slide.scale);
        if (slide.paint)
            slide.paint(painter, source);
        painter->restore();
    };
    drawPart(slide.source, topLeft);
    if (!slide.footer.isEmpty()) // the ladder under the part, its columns aligned
        drawPart(slide.footer, topLeft + QPointF(0, slide.source.height() * slide.scale));

    if (figures && !slide.figures.isEmpty()) {
        // Dark text on an opaque light panel at the right: 2.5 % of the height, as the map.
        const QFont label = slideFont(roomHeight * 0.028, false);
        const QFont value = slideFont(roomHeight * 0.028, true);
        const QFontMetricsF lm(label), vm(value);
        qreal labelWidth = 0, valueWidth = 0;
        for (const auto &[l, v] : slide.figures) {
            labelWidth = qMax(labelWidth, lm.horizontalAdvance(l));
            valueWidth = qMax(valueWidth, vm.horizontalAdvance(v));
        }
        const qreal pad = lm.height() * 0.6;
        valueWidth = qMin(valueWidth, screen.width() * 0.3);
        const QRectF panel(screen.width() - labelWidth - valueWidth - 4 * pad, target.top(),
                           labelWidth + valueWidth + 3 * pad,
                           slide.figures.size() * lm.lineSpacing() + 2 * pad);
        painter->setPen(QPen(Ink, 2));
        painter->setBrush(FiguresPanel);
        painter->drawRect(panel);
        qreal y = panel.top() + pad;
        for (const auto &[l, v] : slide.figures) {
            painter->setFont(label);
            painter->drawText(QPointF(panel.left() + pad, y + lm.ascent()), l);
            painter->setFont(value);
            painter->drawText(QPointF(panel.left() + 2 * pad + labelWidth, y + vm.ascent()),
                              vm.elidedText(v, Qt::ElideRight, valueWidth));
            y += lm.lineSpacing();
        }
    }
    painter->restore();
}

} // namespace Takt
