#include "kpiactions.h"

#include "document/document.h"
#include "editor/editorcontext.h"
#include "kpi/kpistore.h"
#include "kpi/measurementcsv.h"
#include "kpieditor.h"
#include "xmrchartview.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

namespace Takt {

KpiActions::KpiActions(EditorContext &context, QObject *parent)
    : KindActions(parent)
    , m_context(context)
{
    QMenu *menu = m_context.addMenu(tr("&KPI"));
    QAction *add = menu->addAction(tr("&New KPI"), this, &KpiActions::newKpi);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    add->setObjectName(QStringLiteral("new-kpi"));
    menu->addSeparator();
    editorAction(menu, tr("&Import Measurements (CSV)…"), {}, [this](KpiEditor *e) {
        importCsv(e);
    })->setObjectName(QStringLiteral("import-measurements"));
    editorAction(menu, tr("Save &Chart as Image…"), {}, [](KpiEditor *e) {
        e->chartView()->saveImageAs();
    })->setObjectName(QStringLiteral("save-chart"));
    menu->addSeparator();
    editorAction(menu, tr("De&lete KPI"), {}, [this](KpiEditor *e) {
        deleteKpi(e);
    })->setObjectName(QStringLiteral("delete-kpi"));
    currentEditorChanged(context.currentEditor());
}

KpiEditor *KpiActions::current() const
{
    return qobject_cast<KpiEditor *>(m_context.currentEditor());
}

QAction *KpiActions::editorAction(QMenu *menu,
                                  const QString &text,
                                  const QKeySequence &shortcut,
                                  const std::function<void(KpiEditor *)> &run)
{
    QAction *action = menu->addAction(text, this, [this, run] {
        if (KpiEditor *editor = current())
            run(editor);
    });
    action->setShortcut(shortcut);
    m_editorActions << action;
    return action;
}

void KpiActions::currentEditorChanged(ArtefactEditor *editor)
{
    const bool kpi = qobject_cast<KpiEditor *>(editor) != nullptr;
    for (QAction *action : std::as_const(m_editorActions))
        action->setEnabled(kpi);
}

void KpiActions::newKpi()
{
    Document *document = m_context.document();
    KpiStore &store = *KpiStore::of(*document);
    Kpi kpi;
    kpi.id = document->newId();
    // KPIs are told apart by name, on the command line (--kpi) and in the navigator.
    int n = int(store.kpis().items().size()) + 1;
    do
        kpi.name = tr("KPI %1").arg(n++);
    while (store.kpiByName(kpi.name));
    document->undoStack()->push(store.addKpi(kpi));
    // Straight on to its name, unit and target.
    if (auto *editor = qobject_cast<KpiEditor *>(m_context.openArtefact(kpi.id)))
        editor->requestPropertiesFocus();
}

void KpiActions::importCsv(KpiEditor *editor)
{
    const QString path
        = QFileDialog::getOpenFileName(m_context.window(), tr("Import Measurements"), QString(),
                                       tr("Measurements (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    QString error;
    std::optional<QList<Measurement>> rows;
    if (!file.open(QIODevice::ReadOnly))
        error = tr("%1 cannot be read: %2.").arg(name, file.errorString());
    else if (!(rows = MeasurementCsv::read(file.readAll(), &error)))
        error = tr("%1: %2. Nothing was imported.").arg(name, error);
    if (!rows) {
        QMessageBox::warning(m_context.window(), tr("Import Measurements"), error);
        return;
    }
    Document *document = m_context.document();
    for (Measurement &m : *rows) {
        m.id = document->newId();
        m.kpi = editor->artefactId();
    }
    document->undoStack()->push(KpiStore::of(*document)->addMeasurements(*rows));
    m_context.showStatus(
        tr("Imported %n measurement(s) from %1", nullptr, int(rows->size())).arg(name), 4000);
}

void KpiActions::deleteKpi(KpiEditor *editor)
{
    Document *document = m_context.document();
    if (QUndoCommand *command = KpiStore::of(*document)->removeKpi(editor->artefactId()))
        document->undoStack()->push(command); // undoable: no question asked
}

} // namespace Takt
