#pragma once

#include "core/entityid.h"
#include "document/slide.h"

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

    /** Every artefact's slides, in navigator order (or only those of @p items). */
    static QList<Slide> build(const Document &document,
                              QSizeF screen,
                              qreal textShare = DefaultTextShare,
                              const QSet<EntityId> &items = {});
    static QRectF titleBand(QSizeF screen);
    /** Where the drawing goes, under the title band. */
    static QRectF area(QSizeF screen);
    /** Draws @p slide on a screen (or page) of @p screen, with the figures if @p figures. */
    static void paint(QPainter *painter, const Slide &slide, QSizeF screen, bool figures);
};

} // namespace Takt
