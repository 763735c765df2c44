#include "attendancetablemodel.h"

#include "attendancestore.h"

namespace Takt {

AttendanceTableModel::AttendanceTableModel(Document *document, QObject *parent)
    : RecordTableModel(document,
                       &AttendanceStore::of(*document)->rowList(),
                       "Participant",
                       Participant::fields().defs(),
                       parent)
{ }

QString AttendanceTableModel::display(EntityId id, int column) const
{
    if (column >= FirstDayColumn)
        return value(id, column).toBool() ? tr("present") : tr("absent");
    return RecordTableModel::display(id, column);
}

} // namespace Takt
