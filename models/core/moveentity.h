#pragma once

#include "entitylist.h"

#include <QUndoCommand>

namespace Takt {

/** Moves one entity of a list to another place in it (an agenda item up or down); undo puts
 *  it back where it was. */
template<typename T> class MoveEntity : public QUndoCommand
{
public:
    MoveEntity(EntityList<T> *list, EntityId id, int to, const QString &text)
        : QUndoCommand(text)
        , m_list(list)
        , m_id(id)
        , m_from(list->indexOf(id))
        , m_to(qBound(0, to, list->count() - 1))
    { }
    void undo() override { move(m_from); }
    void redo() override { move(m_to); }

private:
    void move(int index)
    {
        T item = m_list->take(m_id);
        m_list->insert(index, item);
    }

    EntityList<T> *const m_list;
    const EntityId m_id;
    const int m_from;
    const int m_to;
};

} // namespace Takt
