#pragma once

#include <QColor>

namespace Takt {

/**
 * WCAG 2 contrast: text needs at least 4.5:1 against its background, lines and other graphics
 * at least 3:1 (level AA). A washed-out projector loses contrast first; these are the floors.
 */
class Contrast
{
public:
    static constexpr double Text = 4.5;
    static constexpr double Graphics = 3.0;

    /** The relative luminance of @p colour, 0 (black) to 1 (white). */
    static double luminance(const QColor &colour);
    /** (lighter + 0.05) ÷ (darker + 0.05): 1 for the same colour, 21 for black on white. */
    static double ratio(const QColor &a, const QColor &b);
};

} // namespace Takt
