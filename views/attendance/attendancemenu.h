#pragma once

#include "editor/kindactions.h"

namespace Takt {

class AttendanceEditor;
class EditorContext;

/** The attendance's entries in the Session menu: a new participant, a CSV brought in. */
class AttendanceMenu : public KindActions
{
    Q_OBJECT

public:
    AttendanceMenu(EditorContext &context, QObject *parent);

    void currentEditorChanged(ArtefactEditor *) override { }

private:
    AttendanceEditor *openAttendance();
    void importCsv();

    EditorContext &m_context;
};

} // namespace Takt
