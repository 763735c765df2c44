#include "attendanceeditorfactory.h"

#include "attendance/attendancestore.h"
#include "attendanceeditor.h"
#include "attendancemenu.h"

namespace Takt {

ArtefactEditor *
AttendanceEditorFactory::createEditor(Document *document, EntityId id, QWidget *parent) const
{
    if (id != AttendanceStore::of(*document)->registerId())
        return nullptr;
    return new AttendanceEditor(document, id, parent);
}

KindActions *AttendanceEditorFactory::createActions(EditorContext &context, QObject *parent) const
{
    return new AttendanceMenu(context, parent);
}

} // namespace Takt
