#pragma once

#include <QtGlobal>

namespace Takt {

/** Where Takt itself places things on a map (an import laid out as a classic VSM, a step
 *  added by keyboard), in map units: one place, so that both make the same rows. */
namespace MapLayout {

inline constexpr qreal TopRow = 90; // supplier and customer
inline constexpr qreal FlowRow = 330; // the process steps and the queues between them
inline constexpr qreal FirstX = 120;
inline constexpr qreal StepSpacing = 200; // a process step to the next thing in the flow
inline constexpr qreal QueueSpacing = 150; // a queue to the next thing
inline constexpr qreal EndOffset = 40; // supplier and customer, outside the first and last step
/** Elements this close to a step's row (up or down) count as on its row. */
inline constexpr qreal RowTolerance = 150;

} // namespace MapLayout

} // namespace Takt
