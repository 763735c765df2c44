#include "undohistoryview.h"

#include <QHelpEvent>
#include <QToolTip>

namespace Takt {

UndoHistoryView::UndoHistoryView(QUndoStack *stack, QWidget *parent)
    : QUndoView(stack, parent)
{
    setEmptyLabel(tr("<opened>"));
    setTextElideMode(Qt::ElideRight);
}

QString UndoHistoryView::toolTipAt(const QModelIndex &index) const
{
    return index.isValid() ? index.data(Qt::DisplayRole).toString() : QString();
}

bool UndoHistoryView::viewportEvent(QEvent *event)
{
    // QUndoView's model is private and gives no tooltip of its own.
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(indexAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport(),
                               visualRect(indexAt(help->pos())));
        return true;
    }
    return QUndoView::viewportEvent(event);
}

} // namespace Takt
