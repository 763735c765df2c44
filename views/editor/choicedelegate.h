#pragma once

#include <QStyledItemDelegate>

namespace Takt {

/**
 * A table cell edited by choosing from a list rather than by typing: a status, a priority.
 * The model gives the choices in @p choicesRole as [label, value] pairs for the cells that
 * have them, and takes the chosen value with setData(); other cells edit as usual.
 */
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /** @p completionsRole, if not -1, gives a text cell the names to offer as it is typed
     *  (the workshop's people in an owner's cell). */
    ChoiceDelegate(int choicesRole, int completionsRole, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    const int m_choicesRole;
    const int m_completionsRole;
};

} // namespace Takt
