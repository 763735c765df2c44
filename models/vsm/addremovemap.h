#pragma once

#include "core/entityid.h"

#include <QUndoCommand>

namespace Takt {

class Document;
class MapStore;
class ValueStreamMap;

/** Adds or removes a whole map; owns the map while it is out of the document. */
class AddRemoveMap : public QUndoCommand
{
public:
    ~AddRemoveMap() override;

protected:
    AddRemoveMap(Document *document, ValueStreamMap *map, int index, QUndoCommand *parent);
    void addMap();
    void removeMap();

    MapStore *const m_store;
    ValueStreamMap *const m_map;

private:
    int m_index;
    bool m_owned;
};

class AddMap : public AddRemoveMap
{
public:
    /** Takes ownership of @p map, which must not be in the document yet. */
    AddMap(Document *document, ValueStreamMap *map, int index = -1, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
};

/** Removes a map, and every link from or to it or anything on it. */
class RemoveMap : public AddRemoveMap
{
public:
    RemoveMap(Document *document, EntityId mapId, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
};

} // namespace Takt
