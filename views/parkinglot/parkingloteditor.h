#pragma once

#include "editor/recordtableeditor.h"

#include "document/followup.h"

class QPushButton;

namespace Takt {

class ParkingLotStore;

/**
 * The parking lot: a topic typed in one line (Enter, raised today), its outcome chosen in
 * place; the selected topics turned into actions or carried to the next day's agenda in one
 * step each, linked to what they became.
 */
class ParkingLotEditor : public RecordTableEditor
{
    Q_OBJECT

public:
    ParkingLotEditor(Document *document, EntityId registerId, QWidget *parent = nullptr);

    QPushButton *toActionButton() const { return m_toAction; }
    QPushButton *toAgendaButton() const { return m_toAgenda; }
    QString addTyped(const QString &text);
    /** The selected topics handed on as @p kind, as one undo step each. */
    void handOnSelection(FollowUp::Kind kind);

protected:
    void removeRows(const QSet<EntityId> &ids) override;
    void refreshFooter() override;

private:
    ParkingLotStore *const m_store;
    QPushButton *const m_toAction;
    QPushButton *const m_toAgenda;
};

} // namespace Takt
