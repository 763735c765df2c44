#pragma once

#include "mapitems.h"

#include <QUndoCommand>

namespace Takt {

class Document;
class ValueStreamMap;

/** Adds or removes elements and connectors on one map, restoring their exact order on undo. */
class AddRemoveMapItems : public QUndoCommand
{
protected:
    AddRemoveMapItems(Document *document, EntityId mapId, QUndoCommand *parent);
    void addItems();
    void removeItems();
    ValueStreamMap *map() const;

    Document *const m_document;
    const EntityId m_mapId;
    MapItems m_items;
    QList<int> m_elementIndexes; // where each element stood, ascending
    QList<int> m_connectorIndexes;
};

class AddMapItems : public AddRemoveMapItems
{
public:
    AddMapItems(Document *document,
                EntityId mapId,
                const MapItems &items,
                QUndoCommand *parent = nullptr);
    void undo() override { removeItems(); }
    void redo() override { addItems(); }
};

class RemoveMapItems : public AddRemoveMapItems
{
public:
    /** Removing an element also removes the connectors attached to it. */
    RemoveMapItems(Document *document,
                   EntityId mapId,
                   const QList<EntityId> &elementIds,
                   const QList<EntityId> &connectorIds,
                   QUndoCommand *parent = nullptr);
    void undo() override { addItems(); }
    void redo() override { removeItems(); }
};

} // namespace Takt
