#pragma once

#include "core/entityid.h"
#include "document/slide.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QSet>
#include <QSizeF>

class QPainter;

namespace Takt {

class Document;

/**
 * The slides of a document for one screen, and how one is drawn: a title band, the part of the
 * drawing at its readable scale, and the figures as an overlay. The presentation on screen and
 * the exported 16:9 slides draw through here, so that the room and the deck see the same.
 */
class SlideDeck
{
    Q_DECLARE_TR_FUNCTIONS(SlideDeck)

public:
    /** The smallest text's share of the screen height the room reads: 2.5 % by default (about
     *  27 px at 1080p); larger rooms take more (text about 1/200 of the farthest distance). */
    static constexpr qreal DefaultTextShare = 0.025;
    // The projector palette of the slides around the drawing: dark ink on light grounds.
    static constexpr QColor Ink {0x21, 0x21, 0x21};
    static constexpr QColor Ground {0xff, 0xff, 0xff};
    static constexpr QColor TitleBand {0xec, 0xef, 0xf1};
    static constexpr QColor FiguresPanel {0xfa, 0xfa, 0xfa};

    /** Every artefact's slides, in navigator order (or only those of @p items), for a
     *  @p screen (or a part of one, as S shows two) whose text is sized for a room that sees
     *  a screen @p room high (0: the screen's own height). */
    static QList<Slide> build(const Document &document,
                              QSizeF screen,
                              qreal textShare = DefaultTextShare,
                              const QSet<EntityId> &items = {},
                              qreal room = 0);
    static QRectF titleBand(QSizeF screen, qreal room = 0);
    /** Where the drawing goes, under the title band. */
    static QRectF area(QSizeF screen, qreal room = 0);
    /** Draws @p slide on a screen (or page) of @p screen, with the figures if @p figures. */
    static void
    paint(QPainter *painter, const Slide &slide, QSizeF screen, bool figures, qreal room = 0);
};

} // namespace Takt
