// The font helpers of paintstyle.h: how a caller's base font, in points or pixels, becomes the
// unhinted pixel fonts every map uses, so that text measures the same at every zoom.

#include "paintstyle.h"

namespace Takt::Paint {

namespace {

int basePixelSize(const QFont &font)
{
    int px = DefaultBasePx;
    if (font.pixelSize() > 0)
        px = font.pixelSize();
    else if (font.pointSizeF() > 0)
        px = qRound(font.pointSizeF() * 4 / 3); // map units are 1/96 in, as on a 100 % screen
    return qBound(MinBasePx, px, MaxBasePx);
}

} // namespace

QFont pixelFont(const QFont &base, int px, bool bold, bool italic)
{
    QFont f = base;
    f.setPixelSize(qMax(6, px));
    f.setBold(bold);
    f.setItalic(italic);
    // Unhinted metrics are the same at every zoom and on every device: layout stays put.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

Fonts::Fonts(const QFont &base)
    : basePx(basePixelSize(base))
    , title(pixelFont(base, basePx, true))
    , text(pixelFont(base, basePx - 1))
    , textBold(pixelFont(base, basePx - 1, true))
    , small(pixelFont(base, basePx - 2))
    , smallBold(pixelFont(base, basePx - 2, true))
    , smallItalic(pixelFont(base, basePx - 2, false, true))
    , tiny(pixelFont(base, basePx - 3))
{ }

const QFont &referenceFont()
{
    static const QFont font = pixelFont(QFont(), DefaultBasePx);
    return font;
}

} // namespace Takt::Paint
