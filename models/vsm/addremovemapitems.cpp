#include "addremovemapitems.h"

#include "core/addremoveentities.h"
#include "document/document.h"
#include "document/linkcommands.h"
#include "mapstore.h"
#include "valuestreammap.h"

#include <QCoreApplication>
#include <QSet>

namespace Takt {

// Both are parents of generic entity commands: children redo in order and undo in reverse.

AddMapItems::AddMapItems(Document *document,
                         EntityId mapId,
                         const MapItems &items,
                         QUndoCommand *parent)
    : QUndoCommand(parent)
{
    ValueStreamMap *map = MapStore::of(*document)->map(mapId);
    new AddEntities<MapElement>(&map->elementList(), items.elements, -1, this);
    new AddEntities<Connector>(&map->connectorList(), items.connectors, -1, this);
    setText(items.elements.size() == 1 ? QCoreApplication::translate("UndoCommands", "Add %1")
                                             .arg(MapElement::kindName(items.elements.first().kind))
                                       : QCoreApplication::translate(
                                           "UndoCommands", "Add %n item(s)", nullptr,
                                           int(items.elements.size() + items.connectors.size())));
}

RemoveMapItems::RemoveMapItems(Document *document,
                               EntityId mapId,
                               const QList<EntityId> &elementIds,
                               const QList<EntityId> &connectorIds,
                               QUndoCommand *parent)
    : QUndoCommand(parent)
{
    ValueStreamMap *map = MapStore::of(*document)->map(mapId);
    const QSet<EntityId> elements(elementIds.begin(), elementIds.end());
    QSet<EntityId> connectors(connectorIds.begin(), connectorIds.end());
    for (const Connector &c : map->connectors())
        if (elements.contains(c.from) || elements.contains(c.to))
            connectors.insert(c.id);
    // Connectors first: they refer to the elements.
    new RemoveEntities<Connector>(&map->connectorList(), connectors, this);
    new RemoveEntities<MapElement>(&map->elementList(), elements, this);
    LinkCommands::removeTouching(*document, elements + connectors, this);
    int removed = 0;
    for (const MapElement &e : map->elements())
        removed += elements.contains(e.id);
    for (const Connector &c : map->connectors())
        removed += connectors.contains(c.id);
    setText(QCoreApplication::translate("UndoCommands", "Delete %n item(s)", nullptr, removed));
}

} // namespace Takt
