// Text on a map: a block of wrapped, elided lines measured once and drawn where the layout put
// it, and the few strings every element shares (figures, percentages, counts, default names).
// The element layouts, the connector labels and the ladder all set their text through here,
// so wrapping and eliding work the same everywhere; it is kept apart from what it labels.

#pragma once

#include "mapelement.h"
#include "paintstyle.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

class QPainter;

namespace Takt::Paint {

/** Lines of text in one font, laid out: @c rect is where they go. */
struct TextBlock
{
    QStringList lines;
    QFont font;
    QColor color = Ink;
    QRectF rect; // exactly the lines; they start at its top
    Qt::Alignment align = Qt::AlignHCenter;
    bool backed = false; // on paper: lines running under the label do not cross the text
};

TextBlock makeBlock(const QString &text,
                    const QFont &font,
                    qreal width,
                    int maxLines,
                    const QColor &color = Ink,
                    bool *elided = nullptr);
/** The largest of @p fonts in which @p text fits @p area whole; else the last one, elided. */
TextBlock fitBlock(const QString &text,
                   const QList<QFont> &fonts,
                   const QSizeF &area,
                   const QColor &color = Ink);
void drawBlock(QPainter *p, const TextBlock &b);

/** A single capital or short symbol centred optically on @p centre (cap height, not ascent). */
void drawGlyph(QPainter *p,
               const QString &text,
               const QFont &font,
               const QPointF &centre,
               const QColor &color = Ink);
QFont glyphFont(const QFont &family, qreal px);

QString percentText(double fraction);
QString countText(double count);
QString fieldLine(ElementField field, const QString &value);
QString displayName(const MapElement &e);

} // namespace Takt::Paint
