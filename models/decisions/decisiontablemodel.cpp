#include "decisiontablemodel.h"

#include "decisionstore.h"

#include <QUndoStack>

namespace Takt {

DecisionTableModel::DecisionTableModel(Document *document, QObject *parent)
    : RecordTableModel(document,
                       &DecisionStore::of(*document)->rowList(),
                       "Decision",
                       Decision::fields().defs(),
                       parent)
    , m_store(DecisionStore::of(*document))
{
    // A linked name changes with its entity: the About cells read anew.
    connect(&document->links(), &EntityListBase::modified, this, &DecisionTableModel::refreshAll);
    connect(document, &Document::measuredChanged, this,
            &DecisionTableModel::refreshAll); // a rename
}

QString DecisionTableModel::display(EntityId id, int column) const
{
    if (column == AboutColumn)
        if (const Decision *d = m_store->row(id))
            return m_store->aboutName(*d);
    return RecordTableModel::display(id, column);
}

bool DecisionTableModel::setCell(EntityId id, int column, const QVariant &value)
{
    if (column != AboutColumn)
        return RecordTableModel::setCell(id, column, value);
    const Decision *d = m_store->row(id);
    if (!d || value.toString() == m_store->aboutName(*d))
        return true;
    document()->undoStack()->push(m_store->changeAbout(id, value.toString()));
    return true;
}

} // namespace Takt
