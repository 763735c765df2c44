// The standard VSM icon set, each drawn as a bare shape into its icon rect, and the icon sizes
// of every kind. The map and the palette share these shapes, and they make up the longest
// stretch of pure drawing code, so they have a file of their own, apart from layout and text.

#pragma once

#include "mapelement.h"
#include "paintstyle.h"

#include <QColor>
#include <QPen>
#include <QRectF>
#include <QSizeF>

class QFont;
class QPainter;

namespace Takt::Paint {

QPen inkPen(qreal width, const QColor &color = Ink);
QRectF centred(const QSizeF &size);

void drawBox(QPainter *p, const QRectF &r, qreal lw);
/** The operator: a head over a half-disc body. @p solid for the small one in data boxes. */
void drawOperator(QPainter *p, const QRectF &r, qreal lw, bool solid);
void drawTextNoteIcon(QPainter *p, const QRectF &r, const QFont &family);
/** The bare icon of @p kind in @p r: what the map and the palette share. */
void drawShape(QPainter *p, ElementKind kind, const QRectF &r, qreal lw, const QFont &family);
QSizeF fixedIconSize(ElementKind kind);

} // namespace Takt::Paint
