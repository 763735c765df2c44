#pragma once

#include "document/recordtablemodel.h"

namespace Takt {

class AttendanceStore;

/** The attendance as a table: name, role, team, then a check box per day, read as "present"
 *  or "absent" (not by the box alone). Every participant's day column is there; the editor
 *  shows as many as the workshop has days. */
class AttendanceTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, TeamColumn, FirstDayColumn };

    explicit AttendanceTableModel(Document *document, QObject *parent = nullptr);

protected:
    QString display(EntityId id, int column) const override;
};

} // namespace Takt
