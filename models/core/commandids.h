#pragma once

namespace Takt {

/** Merge ids of every undo command that merges, in one place so that none collide. */
enum CommandId {
    ChangeFieldCommandId = 1,
    MoveElementsCommandId,
};

} // namespace Takt
