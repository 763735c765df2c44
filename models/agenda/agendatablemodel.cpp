#include "agendatablemodel.h"

#include "agendastore.h"
#include "common/duration.h"
#include "facilitationtimer.h"

#include <QFont>
#include <QUndoStack>

namespace Takt {

AgendaTableModel::AgendaTableModel(Document *document, QObject *parent)
    : RecordTableModel(document,
                       &AgendaStore::of(*document)->rowList(),
                       "AgendaItem",
                       AgendaItem::fields().defs(),
                       parent)
    , m_store(AgendaStore::of(*document))
{
    // About reads the linked entity's name: anew when the links change or anything is renamed.
    connect(&document->links(), &EntityListBase::modified, this, &AgendaTableModel::refreshAll);
    connect(document, &Document::measuredChanged, this, &AgendaTableModel::refreshAll);
    // The timed item's row says so: re-read the rows it leaves and enters.
    connect(m_store->timer(), &FacilitationTimer::changed, this, [this] {
        const EntityId timed = m_store->timer()->item();
        for (EntityId id : {m_timed, timed}) {
            const int row = rowOf(id);
            if (id && row >= 0)
                Q_EMIT dataChanged(index(row, ItemColumn), index(row, ItemColumn));
        }
        m_timed = timed;
    });
}

QString AgendaTableModel::display(EntityId id, int column) const
{
    const AgendaItem *item = m_store->row(id);
    if (!item)
        return {};
    switch (column) {
    case DayColumn:
        return QString::number(item->dayNumber());
    case ItemColumn:
        return id == m_store->timer()->item() ? tr("▶ %1 (now)").arg(item->title) : item->title;
    case PlannedColumn:
        return item->planned ? AgendaStore::minutesText(*item->planned) : QString();
    case AboutColumn:
        return m_store->aboutName(*item);
    case ActualColumn: {
        if (!item->actual)
            return {};
        const int over = qRound((*item->actual - item->plannedSeconds()) / 60.0);
        const QString actual = AgendaStore::minutesText(*item->actual);
        return over == 0 ? actual
                         : tr("%1 (%2%3)")
                               .arg(actual, over > 0 ? QStringLiteral("+") : QStringLiteral("−"))
                               .arg(qAbs(over));
    }
    default:
        return RecordTableModel::display(id, column);
    }
}

QVariant AgendaTableModel::cellData(EntityId id, int column, int role) const
{
    if (role == Qt::FontRole && column == ItemColumn && id == m_store->timer()->item()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::EditRole && (column == PlannedColumn || column == ActualColumn)) {
        const AgendaItem *item = m_store->row(id);
        const auto seconds = column == PlannedColumn ? item->planned : item->actual;
        return seconds ? QString::number(qRound(*seconds / 60.0)) : QString();
    }
    return {};
}

bool AgendaTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    // Minutes by default: "20" is twenty minutes, "1 h" an hour.
    if (role == Qt::EditRole && value.typeId() == QMetaType::QString
        && (index.column() == PlannedColumn || index.column() == ActualColumn)) {
        const QString text = value.toString().trimmed();
        // Opened and left as it was: the recorded seconds stay, and no step is made.
        if (text == data(index, Qt::EditRole).toString())
            return true;
        if (text.isEmpty())
            return setCell(idAt(index.row()), index.column(), QVariant());
        QString why;
        const auto seconds = Duration::parse(text, &why, Duration::Unit::Minutes);
        if (!seconds) {
            Q_EMIT refused(why);
            return false;
        }
        return setCell(idAt(index.row()), index.column(), *seconds);
    }
    return RecordTableModel::setData(index, value, role);
}

bool AgendaTableModel::setCell(EntityId id, int column, const QVariant &value)
{
    if (column != AboutColumn)
        return RecordTableModel::setCell(id, column, value);
    const AgendaItem *item = m_store->row(id);
    if (!item || value.toString() == m_store->aboutName(*item))
        return true;
    document()->undoStack()->push(m_store->changeAbout(id, value.toString()));
    return true;
}

} // namespace Takt
