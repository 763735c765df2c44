#pragma once

#include <QCoreApplication>
#include <QPalette>

namespace Takt {

/**
 * View ▸ High Contrast: the projector palette for the whole window. Every text at least 4.5:1
 * against its background and every line at least 3:1 (WCAG AA), with margin for a washed-out
 * projector: near-black on white, a dark blue selection, dark grey placeholders and disabled
 * text, instead of the light greys a desktop theme uses. The choice is kept between runs.
 */
class HighContrast
{
    Q_DECLARE_TR_FUNCTIONS(HighContrast)

public:
    static QPalette palette();
    static bool isOn();
    /** Applies the palette to the application (or the theme's own again) and keeps it. */
    static void setOn(bool on);
    /** At start: the choice kept from the last run. */
    static void restore();
};

} // namespace Takt
