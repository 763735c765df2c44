#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>

class QChart;
class QPainter;

namespace Takt {

/** Draws a Qt Charts chart into any painter (a PDF page: as vectors), the same chart the
 *  screen shows: one rendering everywhere; and the look every chart of Takt shares. */
namespace ChartPainter {

// Okabe–Ito: told apart with every common colour-vision deficiency.
inline constexpr QColor Blue(0x00, 0x72, 0xb2);
inline constexpr QColor Orange(0xe6, 0x9f, 0x00);
inline constexpr QColor Vermillion(0xd5, 0x5e, 0x00);
inline constexpr QColor BluishGreen(0x00, 0x9e, 0x73);
inline constexpr QColor Ink(0x11, 0x11, 0x11);
inline constexpr QColor Grey(0x55, 0x55, 0x55);

/** The charts' type: DejaVu Sans, large enough for a projector. */
QFont font(qreal points, bool bold = false);
/** An empty chart with its title, its legend below, no animation. */
QChart *newChart(const QString &title);

/** Whether charts can be drawn here: Qt Charts needs a QApplication, which a headless tool
 *  (a test on QCoreApplication) has not; its pack then leaves the charts out. */
bool canDraw();
/** Lays @p chart out at @p target's size and paints it there; takes ownership of it. */
void render(QPainter *painter, QChart *chart, const QRectF &target);

} // namespace ChartPainter

} // namespace Takt
