#include "actionsmenu.h"

#include "actionimportdialog.h"
#include "actionregistereditor.h"
#include "actions/actioncalendar.h"
#include "actions/actioncarryover.h"
#include "actions/actioncsv.h"
#include "actions/actionstore.h"
#include "common/wholefile.h"
#include "document/document.h"
#include "editor/editorcontext.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

namespace Takt {

ActionsMenu::ActionsMenu(EditorContext &context, QObject *parent)
    : KindActions(parent)
    , m_context(context)
{
    QMenu *menu = m_context.addMenu(tr("&Actions"));
    QAction *add = menu->addAction(tr("&New Action"), this, [this] {
        if (ActionRegisterEditor *editor = openRegister())
            editor->addAction();
    });
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    add->setObjectName(QStringLiteral("new-action"));
    menu->addSeparator();
    menu->addAction(tr("&Import Actions (CSV)…"), this, &ActionsMenu::importCsv)
        ->setObjectName(QStringLiteral("import-actions"));
    menu->addAction(tr("&Bring In Open Actions of an Earlier Workshop…"), this,
                    &ActionsMenu::bringInOpenActions)
        ->setObjectName(QStringLiteral("bring-in-actions"));
    menu->addAction(tr("&Export Actions (CSV or iCalendar)…"), this, &ActionsMenu::exportCsv)
        ->setObjectName(QStringLiteral("export-actions"));
}

void ActionsMenu::currentEditorChanged(ArtefactEditor *) { }

ActionRegisterEditor *ActionsMenu::openRegister()
{
    const EntityId id = ActionStore::of(*m_context.document())->registerId();
    return qobject_cast<ActionRegisterEditor *>(m_context.openArtefact(id));
}

void ActionsMenu::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(
        m_context.window(), tr("Import Actions"), QString(), tr("Actions (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    ActionImportDialog preview(path, m_context.window());
    if (preview.exec() != QDialog::Accepted || preview.actions().isEmpty())
        return;
    const QString name = QDir::toNativeSeparators(path);
    QList<ActionItem> actions = preview.actions();
    Document *document = m_context.document();
    for (ActionItem &a : actions)
        a.id = document->newId();
    document->undoStack()->push(ActionStore::of(*document)->addActions(actions));
    openRegister();
    m_context.showStatus(
        tr("Imported %n action(s) from %1", nullptr, int(actions.size())).arg(name), 4000);
}

void ActionsMenu::bringInOpenActions()
{
    const QString path = QFileDialog::getOpenFileName(
        m_context.window(), tr("Bring In Open Actions"), QString(), tr("Takt workshops (*.takt)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto open = ActionCarryOver::openActionsOf(path, &error);
    if (!open) {
        QMessageBox::warning(m_context.window(), tr("Bring In Open Actions"),
                             tr("%1\n\nNothing was brought in.").arg(error));
        return;
    }
    Document *document = m_context.document();
    ActionStore *store = ActionStore::of(*document);
    QList<ActionItem> fresh = ActionCarryOver::notYetIn(*store, *open);
    for (ActionItem &a : fresh)
        a.id = document->newId();
    if (!fresh.isEmpty())
        document->undoStack()->push(store->addActions(fresh));
    openRegister();
    m_context.showStatus(
        tr("Brought in %n open action(s) from %1", nullptr, int(fresh.size()))
                .arg(QDir::toNativeSeparators(path))
            + (fresh.size() < open->size()
                   ? tr("; %n already in the register", nullptr, int(open->size() - fresh.size()))
                   : QString()),
        6000);
}

void ActionsMenu::exportCsv()
{
    const QString path
        = QFileDialog::getSaveFileName(m_context.window(), tr("Export Actions"), tr("actions.csv"),
                                       tr("CSV (*.csv);;iCalendar to-dos (*.ics)"));
    if (path.isEmpty())
        return;
    const QList<ActionItem> actions = ActionStore::of(*m_context.document())->forExport();
    const QString error
        = WholeFile::write(path,
                           path.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive)
                               ? ActionCalendar::write(actions, QDateTime::currentDateTimeUtc())
                               : ActionCsv::write(actions));
    if (!error.isEmpty())
        QMessageBox::warning(m_context.window(), tr("Export Actions"), error);
    else
        m_context.showStatus(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

} // namespace Takt
