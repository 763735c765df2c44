#include "actionfilter.h"

#include "actionstore.h"
#include "actiontablemodel.h"

namespace Takt {

ActionFilter::ActionFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ActionTableModel::SortRole);
    setDynamicSortFilter(true);
}

void ActionFilter::setText(const QString &text)
{
    m_text = text.trimmed().toLower();
    invalidateFilter();
}

void ActionFilter::setShow(Show show)
{
    m_show = show;
    invalidateFilter();
}

bool ActionFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QAbstractItemModel *model = sourceModel();
    const auto cell
        = [&](int column, int role) { return model->index(row, column, parent).data(role); };
    using C = ActionTableModel;
    const auto status = ActionItem::Status(cell(C::StatusColumn, C::SortRole).toInt());
    switch (m_show) {
    case Show::All:
        break;
    case Show::Open:
        if (status != ActionItem::Status::Open && status != ActionItem::Status::InProgress)
            return false;
        break;
    case Show::Overdue:
        if (!cell(C::DueColumn, C::OverdueRole).toBool())
            return false;
        break;
    case Show::Done:
    case Show::Cancelled:
        if (status
            != (m_show == Show::Done ? ActionItem::Status::Done : ActionItem::Status::Cancelled))
            return false;
        break;
    }
    return m_text.isEmpty() || cell(0, C::SearchRole).toString().contains(m_text);
}

} // namespace Takt
