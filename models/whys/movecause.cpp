#include "movecause.h"

namespace Takt {

MoveCause::MoveCause(EntityList<WhyCause> *causes,
                     EntityId cause,
                     EntityId parent,
                     EntityId before,
                     QUndoCommand *parentCommand)
    : QUndoCommand(QCoreApplication::translate("MoveCause", "Move cause"), parentCommand)
    , m_causes(causes)
    , m_cause(cause)
    , m_oldParent(causes->find(cause) ? causes->find(cause)->parent : 0)
    , m_parent(parent)
    , m_before(before)
{ }

void MoveCause::redo()
{
    m_from = m_causes->indexOf(m_cause);
    WhyCause cause = m_causes->take(m_cause);
    cause.parent = m_parent;
    // Siblings are ordered by their places in the list: before the named one, or just after
    // the last sibling (or the parent) when it goes last.
    int to = m_causes->count();
    if (m_before) {
        to = m_causes->indexOf(m_before);
    } else {
        int last = m_parent ? m_causes->indexOf(m_parent) : -1;
        for (int i = 0; i < m_causes->count(); ++i) {
            const WhyCause &c = m_causes->items().at(i);
            if (c.analysis == cause.analysis && c.parent == m_parent)
                last = i;
        }
        if (last >= 0)
            to = last + 1;
    }
    m_causes->insert(to, cause);
}

void MoveCause::undo()
{
    WhyCause cause = m_causes->take(m_cause);
    cause.parent = m_oldParent;
    m_causes->insert(m_from, cause);
}

} // namespace Takt
