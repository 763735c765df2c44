#pragma once

#include <QRectF>

class QChart;
class QPainter;

namespace Takt {

/** Draws a Qt Charts chart into any painter (a PDF page: as vectors), the same chart the
 *  screen shows: one rendering everywhere. */
namespace ChartPainter {

/** Lays @p chart out at @p target's size and paints it there; takes ownership of it. */
void render(QPainter *painter, QChart *chart, const QRectF &target);

} // namespace ChartPainter

} // namespace Takt
