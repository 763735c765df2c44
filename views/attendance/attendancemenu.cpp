#include "attendancemenu.h"

#include "attendance/attendancecsv.h"
#include "attendance/attendancestore.h"
#include "attendanceeditor.h"
#include "common/wholefile.h"
#include "document/document.h"
#include "editor/editorcontext.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

namespace Takt {

AttendanceMenu::AttendanceMenu(EditorContext &context, QObject *parent)
    : KindActions(parent)
    , m_context(context)
{
    QMenu *menu = m_context.addMenu(RecordTableEditor::sessionMenuTitle());
    RecordTableEditor::addNewRowAction(
        context, menu, tr("New &Participant"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
        QStringLiteral("new-participant"),
        [&context] { return AttendanceStore::of(*context.document())->registerId(); });
    menu->addAction(tr("Import A&ttendance (CSV)…"), this, &AttendanceMenu::importCsv)
        ->setObjectName(QStringLiteral("import-attendance"));
}

AttendanceEditor *AttendanceMenu::openAttendance()
{
    const EntityId id = AttendanceStore::of(*m_context.document())->registerId();
    return qobject_cast<AttendanceEditor *>(m_context.openArtefact(id));
}

void AttendanceMenu::importCsv()
{
    const QString path
        = QFileDialog::getOpenFileName(m_context.window(), tr("Import Attendance"), QString(),
                                       tr("Attendance (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString name = QDir::toNativeSeparators(path);
    QString error;
    const auto bytes = WholeFile::read(path, &error);
    std::optional<QList<Participant>> people;
    if (bytes && !(people = AttendanceCsv::read(*bytes, &error)))
        error = tr("%1: %2").arg(name, error);
    if (!people) {
        QMessageBox::warning(m_context.window(), tr("Import Attendance"),
                             tr("%1\n\nNothing was imported.").arg(error));
        return;
    }
    Document *document = m_context.document();
    AttendanceStore *store = AttendanceStore::of(*document);
    QList<Participant> fresh = store->newcomers(*people);
    for (Participant &p : fresh)
        p.id = document->newId();
    if (!fresh.isEmpty())
        document->undoStack()->push(store->addParticipants(fresh));
    openAttendance();
    m_context.showStatus(
        tr("Imported %n participant(s) from %1", nullptr, int(fresh.size())).arg(name)
            + (fresh.size() < people->size()
                   ? tr("; %n already there", nullptr, int(people->size() - fresh.size()))
                   : QString()),
        6000);
}

} // namespace Takt
