#include "highcontrast.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>

namespace Takt {

namespace {
const char *const Key = "view/highContrast";
} // namespace

QPalette HighContrast::palette()
{
    const QColor ink(0x11, 0x11, 0x11);
    const QColor paper(Qt::white);
    const QColor panel(0xf2, 0xf2, 0xf2);
    const QColor selection(0x0b, 0x3d, 0x91); // white on it: 11:1
    const QColor secondary(0x44, 0x44, 0x44); // on white: 9.7:1
    QPalette p;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        p.setColor(group, QPalette::Window, panel);
        p.setColor(group, QPalette::WindowText, disabled ? secondary : ink);
        p.setColor(group, QPalette::Base, paper);
        p.setColor(group, QPalette::AlternateBase, panel);
        p.setColor(group, QPalette::Text, disabled ? secondary : ink);
        p.setColor(group, QPalette::PlaceholderText, secondary);
        p.setColor(group, QPalette::Button, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(group, QPalette::ButtonText, disabled ? secondary : ink);
        p.setColor(group, QPalette::BrightText, paper);
        p.setColor(group, QPalette::Highlight, disabled ? secondary : selection);
        p.setColor(group, QPalette::HighlightedText, paper);
        p.setColor(group, QPalette::ToolTipBase, paper);
        p.setColor(group, QPalette::ToolTipText, ink);
        p.setColor(group, QPalette::Link, selection);
        p.setColor(group, QPalette::LinkVisited, QColor(0x5b, 0x1f, 0x8a));
        // Frames and separators are drawn from these: dark enough to be seen (3:1 and more).
        p.setColor(group, QPalette::Light, paper);
        p.setColor(group, QPalette::Midlight, QColor(0xbb, 0xbb, 0xbb));
        p.setColor(group, QPalette::Mid, QColor(0x76, 0x76, 0x76));
        p.setColor(group, QPalette::Dark, QColor(0x55, 0x55, 0x55));
        p.setColor(group, QPalette::Shadow, ink);
    }
    return p;
}

bool HighContrast::isOn()
{
    return QSettings().value(QLatin1String(Key), false).toBool();
}

void HighContrast::setOn(bool on)
{
    QSettings().setValue(QLatin1String(Key), on);
    QApplication::setPalette(on ? palette() : QApplication::style()->standardPalette());
}

void HighContrast::restore()
{
    if (isOn())
        QApplication::setPalette(palette());
}

} // namespace Takt
