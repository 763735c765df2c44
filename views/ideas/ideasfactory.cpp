#include "ideasfactory.h"

#include "editor/editorcontext.h"
#include "editor/kindactions.h"

#include <QMenu>

namespace Takt {

namespace {
/** Session ▸ New Kaizen Idea. */
class IdeasMenu : public KindActions
{
public:
    IdeasMenu(EditorContext &context, QObject *parent)
        : KindActions(parent)
    {
        RecordTableEditor::addNewRowAction(
            context, context.addMenu(RecordTableEditor::sessionMenuTitle()),
            QCoreApplication::translate("IdeasMenu", "New &Kaizen Idea"),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), QStringLiteral("new-idea"),
            [&context] { return IdeaStore::of(*context.document())->registerId(); });
    }
    void currentEditorChanged(ArtefactEditor *) override { }
};
} // namespace

KindActions *IdeasFactory::createActions(EditorContext &context, QObject *parent) const
{
    return new IdeasMenu(context, parent);
}

} // namespace Takt
