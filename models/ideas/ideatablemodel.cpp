#include "ideatablemodel.h"

#include "ideastore.h"

#include <QUndoStack>

namespace Takt {

namespace {
constexpr int DotsField = 1000; // not a field of the idea: the round's tally

QList<FieldDef> columns()
{
    QList<FieldDef> defs = KaizenIdea::fields().defs();
    defs << FieldDef {DotsField, "dots", FieldType::WholeNumber, nullptr, nullptr};
    return defs;
}
} // namespace

IdeaTableModel::IdeaTableModel(Document *document, QObject *parent)
    : RecordTableModel(
        document, &IdeaStore::of(*document)->rowList(), "KaizenIdea", columns(), parent)
    , m_store(IdeaStore::of(*document))
{
    // Votes and rounds change the Dots column; a linked name the About column.
    connect(&m_store->votes(), &EntityListBase::modified, this, &IdeaTableModel::refreshAll);
    connect(&m_store->rounds(), &EntityListBase::modified, this, &IdeaTableModel::refreshAll);
    connect(&document->links(), &EntityListBase::modified, this, &IdeaTableModel::refreshAll);
    connect(document, &Document::measuredChanged, this, &IdeaTableModel::refreshAll); // a rename
}

EntityId IdeaTableModel::shownRound() const
{
    const EntityId current = m_store->currentRound();
    return current ? current : m_store->lastClosedRound();
}

QVariant IdeaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == DotsColumn) {
        const VotingRound *r = m_store->rounds().find(shownRound());
        if (role == Qt::DisplayRole)
            return tr("Dots");
        if (role == Qt::ToolTipRole)
            return r ? tr("The dots of %1").arg(r->name) : tr("No round of dot voting yet");
    }
    return RecordTableModel::headerData(section, orientation, role);
}

QString IdeaTableModel::display(EntityId id, int column) const
{
    const KaizenIdea *idea = m_store->row(id);
    if (!idea)
        return {};
    switch (column) {
    case AboutColumn:
        return m_store->aboutName(*idea);
    case EffortColumn:
        return idea->effort ? tr("%1 (%2)").arg(*idea->effort).arg(idea->effortSize()) : QString();
    case DotsColumn: {
        const VotingRound *r = m_store->rounds().find(shownRound());
        if (!r)
            return {};
        return r->showsTally() ? QString::number(m_store->tallyOf(r->id, id)) : tr("hidden");
    }
    default:
        return RecordTableModel::display(id, column);
    }
}

QVariant IdeaTableModel::cellData(EntityId id, int column, int role) const
{
    if (role == CompletionsRole && column == TagsColumn)
        return m_store->tags();
    if (role == Qt::EditRole && column == EffortColumn) {
        const KaizenIdea *idea = m_store->row(id);
        return idea && idea->effort ? QString::number(*idea->effort) : QString();
    }
    if (role == Qt::EditRole && column == DotsColumn) {
        const VotingRound *r = m_store->rounds().find(m_store->currentRound());
        return r && r->showsTally() ? QString::number(m_store->tallyOf(r->id, id)) : QString();
    }
    if (role == SortRole && column == DotsColumn) {
        const VotingRound *r = m_store->rounds().find(shownRound());
        return r && r->showsTally() ? m_store->tallyOf(r->id, id) : -1;
    }
    return {};
}

bool IdeaTableModel::setCell(EntityId id, int column, const QVariant &value)
{
    QUndoStack *undo = document()->undoStack();
    if (column == AboutColumn) {
        const KaizenIdea *idea = m_store->row(id);
        if (idea && value.toString() != m_store->aboutName(*idea))
            undo->push(m_store->changeAbout(id, value.toString()));
        return true;
    }
    if (column == DotsColumn) {
        QString why = tr("Start a round of dot voting first.");
        QUndoCommand *total = m_store->currentRound()
            ? m_store->setTotal(m_store->currentRound(), id, value.toInt(), &why)
            : nullptr;
        if (!total) {
            Q_EMIT refused(why);
            return false;
        }
        undo->push(total);
        return true;
    }
    return RecordTableModel::setCell(id, column, value);
}

} // namespace Takt
