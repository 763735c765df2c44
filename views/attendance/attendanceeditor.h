#pragma once

#include "editor/recordtableeditor.h"

class QSpinBox;

namespace Takt {

class AttendanceStore;

/**
 * The attendance: one row per participant, a column per day of the workshop (Space marks
 * present or absent), and a line to type the next one ("Name, role, team", Enter); how many
 * were present each day, under it.
 */
class AttendanceEditor : public RecordTableEditor
{
    Q_OBJECT

public:
    AttendanceEditor(Document *document, EntityId registerId, QWidget *parent = nullptr);

    QSpinBox *daysBox() const { return m_days; }
    /** "Name, role, team" as a new participant, as one undo step; why not, if not. */
    QString addTyped(const QString &text);

protected:
    void removeRows(const QSet<EntityId> &ids) override;
    void refreshFooter() override;

private:
    void showDays();

    AttendanceStore *const m_store;
    QSpinBox *const m_days;
};

} // namespace Takt
