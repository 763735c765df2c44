#include "addremovemap.h"

#include "document/document.h"
#include "document/linkcommands.h"
#include "mapstore.h"
#include "valuestreammap.h"

#include <QCoreApplication>

namespace Takt {

AddRemoveMap::AddRemoveMap(Document *document, ValueStreamMap *map, int index, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(MapStore::of(*document))
    , m_map(map)
    , m_index(index)
    , m_owned(m_store->mapIndex(map->id()) < 0)
{ }

AddRemoveMap::~AddRemoveMap()
{
    if (m_owned)
        delete m_map;
}

void AddRemoveMap::addMap()
{
    m_store->insertMap(m_index, m_map);
    m_owned = false;
}

void AddRemoveMap::removeMap()
{
    m_index = m_store->mapIndex(m_map->id());
    m_store->takeMap(m_map->id());
    m_owned = true;
}

AddMap::AddMap(Document *document, ValueStreamMap *map, int index, QUndoCommand *parent)
    : AddRemoveMap(
        document, map, index < 0 ? int(MapStore::of(*document)->maps().size()) : index, parent)
{
    // Two maps of one name could not be told apart, in the navigator or by `takt --map`.
    map->setValue(ValueStreamMap::Field::Name, m_store->uniqueMapName(map->name()));
    setText(QCoreApplication::translate("UndoCommands", "Add map \"%1\"").arg(map->name()));
}

void AddMap::undo()
{
    removeMap();
}

void AddMap::redo()
{
    addMap();
}

RemoveMap::RemoveMap(Document *document, EntityId mapId, QUndoCommand *parent)
    : AddRemoveMap(document,
                   MapStore::of(*document)->map(mapId),
                   MapStore::of(*document)->mapIndex(mapId),
                   parent)
{
    setText(QCoreApplication::translate("UndoCommands", "Delete map \"%1\"").arg(m_map->name()));
    QSet<EntityId> ids {mapId};
    for (const MapElement &e : m_map->elements())
        ids.insert(e.id);
    for (const Connector &c : m_map->connectors())
        ids.insert(c.id);
    LinkCommands::removeTouching(*document, ids, this);
}

void RemoveMap::undo()
{
    addMap();
    QUndoCommand::undo(); // the links come back after what they link
}

void RemoveMap::redo()
{
    QUndoCommand::redo();
    removeMap();
}

} // namespace Takt
