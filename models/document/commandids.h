#pragma once

namespace Takt {

/** Merge ids of every undo command that merges, in one place so that none collide. */
enum CommandId {
    ChangeWorkshopFieldCommandId = 1,
    ChangeMapFieldCommandId,
    ChangeElementFieldCommandId,
    MoveElementsCommandId,
};

} // namespace Takt
