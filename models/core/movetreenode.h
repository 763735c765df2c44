#pragma once

#include "entitylist.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Takt {

/**
 * Moves a node of a tree kept in one list (a 5 Whys cause, a fishbone cause), with everything
 * below it, under another parent, before one of its new siblings or after the last. Siblings
 * are the nodes of one T::siblingKey(), in list order. The place is worked out when the move is
 * done, not when it is made, so that several moves under one command (a merge) each find the
 * list as the one before left it; undo puts it back at its old place under its old parent. A
 * removal and an insertion: every view follows from the list's signals.
 */
template<typename T> class MoveTreeNode : public QUndoCommand
{
public:
    /** @p before: the new sibling it goes before; 0 for after the last. */
    MoveTreeNode(EntityList<T> *nodes,
                 EntityId node,
                 EntityId parent,
                 EntityId before,
                 QUndoCommand *parentCommand = nullptr)
        : QUndoCommand(QCoreApplication::translate("MoveCause", "Move cause"), parentCommand)
        , m_nodes(nodes)
        , m_node(node)
        , m_oldParent(nodes->find(node) ? nodes->find(node)->parent : 0)
        , m_parent(parent)
        , m_before(before)
    { }

    void redo() override
    {
        m_from = m_nodes->indexOf(m_node);
        T node = m_nodes->take(m_node);
        node.parent = m_parent;
        const EntityId key = node.siblingKey();
        // Before the named sibling, or just after the last sibling (or the parent).
        int to = m_nodes->count();
        if (m_before) {
            to = m_nodes->indexOf(m_before);
        } else {
            int last = m_parent ? m_nodes->indexOf(m_parent) : -1;
            for (int i = 0; i < m_nodes->count(); ++i)
                if (m_nodes->items().at(i).siblingKey() == key)
                    last = i;
            if (last >= 0)
                to = last + 1;
        }
        m_nodes->insert(to, node);
    }

    void undo() override
    {
        T node = m_nodes->take(m_node);
        node.parent = m_oldParent;
        m_nodes->insert(m_from, node);
    }

private:
    EntityList<T> *const m_nodes;
    const EntityId m_node;
    const EntityId m_oldParent;
    const EntityId m_parent;
    const EntityId m_before;
    int m_from = -1;
};

} // namespace Takt
