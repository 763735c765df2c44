#include "attendanceeditorfactory.h"

#include "attendance/attendancestore.h"
#include "attendanceeditor.h"
#include "attendancemenu.h"

namespace Takt {

KindActions *AttendanceEditorFactory::createActions(EditorContext &context, QObject *parent) const
{
    return new AttendanceMenu(context, parent);
}

} // namespace Takt
