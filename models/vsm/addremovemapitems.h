#pragma once

#include "core/entityid.h"
#include "mapitems.h"

#include <QUndoCommand>

namespace Takt {

class Document;

/** Adds elements and connectors to one map (elements first: connectors refer to them). */
class AddMapItems : public QUndoCommand
{
public:
    AddMapItems(Document *document,
                EntityId mapId,
                const MapItems &items,
                QUndoCommand *parent = nullptr);
};

/** Removes elements and connectors of one map, restoring their exact order on undo. Removing
 *  an element also removes the connectors attached to it, and the links of all it removes. */
class RemoveMapItems : public QUndoCommand
{
public:
    RemoveMapItems(Document *document,
                   EntityId mapId,
                   const QList<EntityId> &elementIds,
                   const QList<EntityId> &connectorIds,
                   QUndoCommand *parent = nullptr);
};

} // namespace Takt
