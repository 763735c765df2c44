#pragma once

#include <QtGlobal>

namespace Takt {

/** The stable id of anything in a document: a map, an element, a cause, an action, a link.
 *  One allocator hands them out for the whole document (IdAllocator), so an id names one
 *  entity whatever its kind, and links between artefacts need nothing but two ids. 0 is none. */
using EntityId = qint64;

} // namespace Takt
