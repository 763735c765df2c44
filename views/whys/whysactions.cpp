#include "whysactions.h"

#include "document/document.h"
#include "editor/diagramview.h"
#include "editor/editorcontext.h"
#include "fivewhyseditor.h"
#include "whys/fivewhysstore.h"
#include "whys/whystemplates.h"
#include "whysoutlineview.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>

namespace Takt {

WhysActions::WhysActions(EditorContext &context, QObject *parent)
    : KindActions(parent)
    , m_context(context)
{
    QMenu *menu = m_context.addMenu(problemMenuTitle());
    QMenu *fresh = menu->addMenu(tr("New &5 Whys"));
    fresh->setObjectName(QStringLiteral("new-whys-menu"));
    for (WhysTemplates::Template which : WhysTemplates::all()) {
        QAction *action = fresh->addAction(WhysTemplates::title(which), this,
                                           [this, which] { newAnalysis(which); });
        action->setObjectName(QStringLiteral("new-whys-%1").arg(int(which)));
        if (which == WhysTemplates::Empty) {
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
            fresh->addSeparator();
        }
    }
    menu->addSeparator();
    editorAction(menu, tr("Mark &Root Cause"), QKeySequence(Qt::CTRL | Qt::Key_R),
                 [](FiveWhysEditor *e) { e->outline()->toggleRootCause(); })
        ->setObjectName(QStringLiteral("whys-root-cause"));
    editorAction(menu, tr("Cycle &Evidence Status"), QKeySequence(Qt::CTRL | Qt::Key_K),
                 [](FiveWhysEditor *e) { e->outline()->cycleStatus(); })
        ->setObjectName(QStringLiteral("whys-status"));
    editorAction(menu, tr("&Merge into Cause Above"),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                 [](FiveWhysEditor *e) { e->outline()->mergeIntoAbove(); })
        ->setObjectName(QStringLiteral("whys-merge"));
    editorAction(menu, tr("Save &Diagram as Image…"), {}, [this](FiveWhysEditor *e) {
        saveDiagram(e);
    })->setObjectName(QStringLiteral("whys-save-diagram"));
    menu->addSeparator();
    editorAction(menu, tr("Delete 5 &Whys"), {}, [this](FiveWhysEditor *e) {
        Document *document = m_context.document();
        if (QUndoCommand *command = FiveWhysStore::of(*document)->removeAnalysis(e->artefactId()))
            document->undoStack()->push(command); // undoable: no question asked
    })->setObjectName(QStringLiteral("delete-whys"));
    currentEditorChanged(context.currentEditor());
}

QAction *WhysActions::editorAction(QMenu *menu,
                                   const QString &text,
                                   const QKeySequence &shortcut,
                                   const std::function<void(FiveWhysEditor *)> &run)
{
    return addEditorAction<FiveWhysEditor>(menu, m_context, text, shortcut, run);
}

void WhysActions::currentEditorChanged(ArtefactEditor *editor)
{
    setEditorActionsEnabled(qobject_cast<FiveWhysEditor *>(editor) != nullptr);
}

void WhysActions::newAnalysis(int which)
{
    Document *document = m_context.document();
    FiveWhysStore &store = *FiveWhysStore::of(*document);
    FiveWhysTree tree
        = WhysTemplates::build(WhysTemplates::Template(which), [&] { return document->newId(); });
    // Analyses are told apart by name, on the command line (--item) and in the navigator.
    const QString base = tree.analysis.name;
    for (int n = 2; store.artefactByName(tree.analysis.name); ++n)
        tree.analysis.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    tree.analysis.date = QDate::currentDate();
    document->undoStack()->push(
        store.addAnalysis(tree, tr("New 5 Whys \"%1\"").arg(tree.analysis.name)));
    if (auto *editor = qobject_cast<FiveWhysEditor *>(m_context.openArtefact(tree.analysis.id)))
        editor->requestPropertiesFocus();
}

void WhysActions::saveDiagram(FiveWhysEditor *editor)
{
    editor->diagramView()->saveWithDialog(
        m_context, FiveWhysStore::of(*m_context.document())->artefactName(editor->artefactId()));
}

} // namespace Takt
