#include "choicedelegate.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace Takt {

ChoiceDelegate::ChoiceDelegate(int choicesRole, int completionsRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choicesRole(choicesRole)
    , m_completionsRole(completionsRole)
{ }

QWidget *ChoiceDelegate::createEditor(QWidget *parent,
                                      const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QVariantList choices = index.data(m_choicesRole).toList();
    if (choices.isEmpty()) {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        const QStringList names
            = m_completionsRole < 0 ? QStringList() : index.data(m_completionsRole).toStringList();
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && !names.isEmpty()) {
            // The workshop's people as the name is typed; any other name is still taken.
            auto *completer = new QCompleter(names, line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            line->setCompleter(completer);
        }
        return editor;
    }
    auto *box = new QComboBox(parent);
    for (const QVariant &choice : choices)
        box->addItem(choice.toList().value(0).toString(), choice.toList().value(1));
    // Chosen is done: the choice is stored without a second key press.
    connect(box, &QComboBox::activated, this, [this, box] {
        Q_EMIT const_cast<ChoiceDelegate *>(this)->commitData(box);
        Q_EMIT const_cast<ChoiceDelegate *>(this)->closeEditor(box);
    });
    return box;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        box->setCurrentIndex(qMax(0, box->findData(index.data(Qt::EditRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget *editor,
                                  QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, box->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Takt
