#include "fishboneactions.h"

#include "document/document.h"
#include "editor/artefacteditor.h"
#include "editor/diagramview.h"
#include "fishbone/fishbonestore.h"
#include "fishbone/fishbonetemplates.h"
#include "fishboneeditor.h"
#include "fishboneoutlineview.h"

#include <QUndoStack>

namespace Takt {

FishboneActions::FishboneActions(EditorContext &context, QObject *parent)
    : KindActions(parent)
    , m_context(context)
{
    QMenu *menu = m_context.addMenu(problemMenuTitle());
    QMenu *fresh = menu->addMenu(tr("New &Fishbone"));
    fresh->setObjectName(QStringLiteral("new-fishbone-menu"));
    for (FishboneTemplates::Template which : FishboneTemplates::all()) {
        QAction *action = fresh->addAction(FishboneTemplates::title(which), this,
                                           [this, which] { newDiagram(which); });
        action->setObjectName(QStringLiteral("new-fishbone-%1").arg(int(which)));
        if (which == FishboneTemplates::EmptySixM)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        if (which == FishboneTemplates::EmptyAiOperations)
            fresh->addSeparator();
    }
    menu->addSeparator();
    editorAction(menu, tr("Mark &Likely"), QKeySequence(Qt::CTRL | Qt::Key_L),
                 [](FishboneEditor *e) { e->outline()->toggleLikely(); })
        ->setObjectName(QStringLiteral("fishbone-likely"));
    editorAction(menu, tr("Ask &Why…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y),
                 [this](FishboneEditor *e) { askWhy(e); })
        ->setObjectName(QStringLiteral("fishbone-ask-why"));
    editorAction(menu, tr("Save Fishbone as &Image…"), {}, [this](FishboneEditor *e) {
        e->diagramView()->saveWithDialog(
            m_context, FishboneStore::of(*m_context.document())->artefactName(e->artefactId()));
    })->setObjectName(QStringLiteral("fishbone-save-diagram"));
    menu->addSeparator();
    editorAction(menu, tr("Delete Fis&hbone"), {}, [this](FishboneEditor *e) {
        Document *document = m_context.document();
        if (QUndoCommand *command = FishboneStore::of(*document)->removeDiagram(e->artefactId()))
            document->undoStack()->push(command); // undoable: no question asked
    })->setObjectName(QStringLiteral("delete-fishbone"));
    currentEditorChanged(context.currentEditor());
}

QAction *FishboneActions::editorAction(QMenu *menu,
                                       const QString &text,
                                       const QKeySequence &shortcut,
                                       const std::function<void(FishboneEditor *)> &run)
{
    return addEditorAction<FishboneEditor>(menu, m_context, text, shortcut, run);
}

void FishboneActions::currentEditorChanged(ArtefactEditor *editor)
{
    setEditorActionsEnabled(qobject_cast<FishboneEditor *>(editor) != nullptr);
}

void FishboneActions::newDiagram(int which)
{
    Document *document = m_context.document();
    FishboneStore &store = *FishboneStore::of(*document);
    FishboneTree tree = FishboneTemplates::build(FishboneTemplates::Template(which),
                                                 [&] { return document->newId(); });
    // Fishbones are told apart by name, on the command line (--item) and in the navigator.
    const QString base = tree.diagram.name;
    for (int n = 2; store.artefactByName(tree.diagram.name); ++n)
        tree.diagram.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    document->undoStack()->push(
        store.addDiagram(tree, tr("New fishbone \"%1\"").arg(tree.diagram.name)));
    if (auto *editor = qobject_cast<FishboneEditor *>(m_context.openArtefact(tree.diagram.id)))
        editor->requestPropertiesFocus();
}

void FishboneActions::askWhy(FishboneEditor *editor)
{
    // The new 5 Whys opens, its problem the cause; the fishbone keeps the link.
    if (const EntityId analysis = editor->outline()->askWhy())
        m_context.openArtefact(analysis);
}

} // namespace Takt
