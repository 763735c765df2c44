#include "actiontablemodel.h"

#include "actionstore.h"
#include "core/fieldtext.h"
#include "document/document.h"

#include <QFont>
#include <QUndoStack>

namespace Takt {

namespace {
QList<FieldDef> columns()
{
    using F = ActionItem::Field;
    QList<FieldDef> defs;
    for (F f : {F::What, F::Owner, F::Due, F::Status, F::Priority, F::Verifier, F::Source})
        defs << ActionItem::fields().find(int(f))->def;
    return defs;
}
} // namespace

ActionTableModel::ActionTableModel(Document *document, QObject *parent)
    : RecordTableModel(
        document, &ActionStore::of(*document)->actionList(), "ActionItem", columns(), parent)
    , m_store(ActionStore::of(*document))
    , m_today(QDate::currentDate())
{
    connect(&m_store->actionList(), &EntityListBase::changed, this,
            [this](EntityId id) { m_sourceNames.remove(id); });
    connect(&m_store->actionList(), &EntityListBase::removed, this,
            [this](EntityId id) { m_sourceNames.remove(id); });
    // A source renamed or linked anew: only the Source cells whose name changed read anew.
    connect(document, &Document::measuredChanged, this, &ActionTableModel::refreshSources);
    connect(&document->links(), &EntityListBase::modified, this, &ActionTableModel::refreshSources);
}

QString ActionTableModel::dueText(const QDate &due, bool overdue)
{
    const QString date = due.isValid() ? FieldText::formatDate(due) : QString();
    // The sign first: a narrow column still shows it.
    return overdue ? tr("⚠ %1 (overdue)").arg(date) : date;
}

void ActionTableModel::setToday(const QDate &today)
{
    m_today = today;
    refreshAll(); // the Due cells say overdue or not
}

void ActionTableModel::refreshSources()
{
    for (auto it = m_sourceNames.begin(); it != m_sourceNames.end(); ++it) {
        const ActionItem *a = m_store->action(it.key());
        const QString now = a ? m_store->sourceName(*a) : QString();
        if (now == *it)
            continue;
        *it = now;
        forget(it.key());
        const int row = rowOf(it.key());
        if (row >= 0)
            Q_EMIT dataChanged(index(row, SourceColumn), index(row, SourceColumn));
    }
}

QString ActionTableModel::sourceName(const ActionItem &a) const
{
    auto it = m_sourceNames.find(a.id);
    if (it == m_sourceNames.end())
        it = m_sourceNames.insert(a.id, m_store->sourceName(a));
    return *it;
}

QString ActionTableModel::display(EntityId id, int column) const
{
    const ActionItem *a = m_store->action(id);
    if (!a)
        return {};
    switch (column) {
    case DueColumn:
        return dueText(a->due, a->isOverdue(m_today));
    case VerifierColumn:
        return a->verifiesOwnWork() ? tr("%1 ⚠ the owner").arg(a->verifier) : a->verifier;
    case SourceColumn:
        return sourceName(*a);
    default:
        return RecordTableModel::display(id, column);
    }
}

QVariant ActionTableModel::cellData(EntityId id, int column, int role) const
{
    const ActionItem *a = m_store->action(id);
    if (!a)
        return {};
    switch (role) {
    case Qt::EditRole:
        if (column == SourceColumn)
            return sourceName(*a);
        if (column == DueColumn)
            return a->due.isValid() ? FieldText::formatDate(a->due) : QString();
        return {};
    case OverdueRole:
        return a->isOverdue(m_today);
    case Qt::FontRole:
        if (a->isOverdue(m_today) && column == DueColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == VerifierColumn && a->verifiesOwnWork())
            return tr("The owner verifies their own action: ask someone else to check it.");
        if (column == SourceColumn && m_store->sourceOf(a->id))
            return tr("%1 (linked: double-click to open it)").arg(sourceName(*a));
        return {};
    }
    return {};
}

bool ActionTableModel::setCell(EntityId id, int column, const QVariant &value)
{
    if (column != SourceColumn)
        return RecordTableModel::setCell(id, column, value);
    // The link follows the text.
    const ActionItem *a = m_store->action(id);
    if (a && value.toString().trimmed() != sourceName(*a))
        document()->undoStack()->push(m_store->changeSource(id, value.toString()));
    return true;
}

} // namespace Takt
