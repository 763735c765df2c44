#pragma once

#include <QIcon>
#include <QRectF>

class QPainter;

namespace Takt {

/** The PDCA circle of a kaizen newspaper: a ring cut in four, a quarter filled per stage
 *  passed (Plan empty, Do a quarter, …, Done full), with a cross through it for Plan so that
 *  an empty circle is not read as missing. The stage is also said in words beside it. */
namespace PdcaCircle {

void paint(QPainter &painter, const QRectF &box, int quarters);
/** The navigator's: 16, 24 and 32 pixels. */
QIcon icon(int quarters);

} // namespace PdcaCircle

} // namespace Takt
