#include "followup.h"

#include "artefactstore.h"
#include "document.h"

namespace Takt::FollowUps {

bool canTake(const Document &document, FollowUp::Kind kind)
{
    for (const ArtefactStore *store : document.stores())
        if (store->takesFollowUps(kind))
            return true;
    return false;
}

EntityId add(Document &document, const FollowUp &followUp, QUndoCommand *command)
{
    for (ArtefactStore *store : document.stores())
        if (store->takesFollowUps(followUp.kind))
            return store->addFollowUp(followUp, command);
    return 0;
}

QList<EntityId> of(const Document &document, EntityId source)
{
    QList<EntityId> rows;
    for (const ArtefactStore *store : document.stores())
        rows << store->followUpsOf(source);
    return rows;
}

} // namespace Takt::FollowUps
