#pragma once

#include "core/entityid.h"

#include <QList>
#include <QPair>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace Takt {

/**
 * One screen of a presentation, or one page of the exported slides: a part of an artefact's
 * drawing at a scale where its smallest text reads from the back of the room. Kinds make them
 * (ArtefactKind::slides()); the presentation and the slide export only draw them.
 */
struct Slide
{
    EntityId artefact = 0;
    QString title; // "Model retraining - current state (part 2 of 6)"
    QRectF source; // the part shown, in the drawing's own units
    QRectF footer; // drawn right under the source at its scale (a map's ladder), or empty
    qreal scale = 1; // device units per drawing unit
    /** Paints the drawing in its own units; @p visible is the part that shows. */
    std::function<void(QPainter *painter, const QRectF &visible)> paint;
    /** What the figures overlay shows: label and value, one row each. */
    QList<QPair<QString, QString>> figures;
};

} // namespace Takt
