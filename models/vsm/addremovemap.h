#pragma once

#include "mapelement.h"

#include <QUndoCommand>

namespace Takt {

class Document;
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

private:
    Document *const m_document;
    ValueStreamMap *m_map;
    int m_index;
    bool m_owned;
};

class AddMap : public AddRemoveMap
{
public:
    /** Takes ownership of @p map, which must not be in the document yet. */
    AddMap(Document *document, ValueStreamMap *map, int index = -1, QUndoCommand *parent = nullptr);
    void undo() override { removeMap(); }
    void redo() override { addMap(); }
};

class RemoveMap : public AddRemoveMap
{
public:
    RemoveMap(Document *document, EntityId mapId, QUndoCommand *parent = nullptr);
    void undo() override { addMap(); }
    void redo() override { removeMap(); }
};

} // namespace Takt
