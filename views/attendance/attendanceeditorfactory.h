#pragma once

#include "attendance/attendancestore.h"
#include "attendanceeditor.h"
#include "editor/registereditorfactory.h"

namespace Takt {

/** The attendance's views: its editor and its entries in the Session menu. */
class AttendanceEditorFactory : public RegisterEditorFactory<AttendanceStore, AttendanceEditor>
{
public:
    QString kindKey() const override { return QStringLiteral("attendance"); }
    KindActions *createActions(EditorContext &context, QObject *parent) const override;
};

} // namespace Takt
