#include "addremovemap.h"

#include "document/document.h"
#include "valuestreammap.h"

#include <QCoreApplication>

namespace Takt {

AddRemoveMap::AddRemoveMap(Document *document, ValueStreamMap *map, int index, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_map(map)
    , m_index(index)
    , m_owned(document->mapIndex(map->id()) < 0)
{ }

AddRemoveMap::~AddRemoveMap()
{
    if (m_owned)
        delete m_map;
}

void AddRemoveMap::addMap()
{
    m_document->insertMap(m_index, m_map);
    m_owned = false;
}

void AddRemoveMap::removeMap()
{
    m_index = m_document->mapIndex(m_map->id());
    m_document->takeMap(m_map->id());
    m_owned = true;
}

AddMap::AddMap(Document *document, ValueStreamMap *map, int index, QUndoCommand *parent)
    : AddRemoveMap(document, map, index < 0 ? int(document->maps().size()) : index, parent)
{
    // Two maps of one name could not be told apart, in the navigator or by `takt --map`.
    map->setValue(ValueStreamMap::Field::Name, document->uniqueMapName(map->name()));
    setText(QCoreApplication::translate("UndoCommands", "Add map \"%1\"").arg(map->name()));
}

RemoveMap::RemoveMap(Document *document, EntityId mapId, QUndoCommand *parent)
    : AddRemoveMap(document, document->map(mapId), document->mapIndex(mapId), parent)
{
    setText(QCoreApplication::translate("UndoCommands", "Delete map \"%1\"")
                .arg(document->map(mapId)->name()));
}

} // namespace Takt
