#pragma once

#include <QUndoView>

namespace Takt {

/** View ▸ Undo History: the document's undo stack, each entry's whole text in its tooltip,
 *  since a narrow dock cuts "Change C/T of Feature engineering" short. */
class UndoHistoryView : public QUndoView
{
    Q_OBJECT

public:
    explicit UndoHistoryView(QUndoStack *stack, QWidget *parent = nullptr);

    /** What the tooltip over @p index says. */
    QString toolTipAt(const QModelIndex &index) const;

protected:
    bool viewportEvent(QEvent *event) override;
};

} // namespace Takt
