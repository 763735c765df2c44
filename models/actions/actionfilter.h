#pragma once

#include <QSortFilterProxyModel>

namespace Takt {

/** The register as the room looks at it: sorted by any column (dates as dates, priority high
 *  first), filtered by text over every column and by state (open, overdue, one status). */
class ActionFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Show { All, Open, Overdue, Done, Cancelled };

    explicit ActionFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    void setShow(Show show);
    Show show() const { return m_show; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_text;
    Show m_show = Show::All;
};

} // namespace Takt
