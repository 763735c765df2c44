#pragma once

#include "editor/recordtableeditor.h"

namespace Takt {

class DecisionStore;

/**
 * The decisions log: one row per decision, typed in one line (Enter, dated today), edited in
 * place; About names what the decision is about and opens it (double-click) when linked.
 */
class DecisionLogEditor : public RecordTableEditor
{
    Q_OBJECT

public:
    DecisionLogEditor(Document *document, EntityId registerId, QWidget *parent = nullptr);

    /** @p text as a decision taken today, as one undo step. */
    QString addTyped(const QString &text);

protected:
    void removeRows(const QSet<EntityId> &ids) override;
    void refreshFooter() override;

private:
    DecisionStore *const m_store;
};

} // namespace Takt
