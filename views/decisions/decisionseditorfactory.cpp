#include "decisionseditorfactory.h"

#include "decisionlogeditor.h"
#include "decisions/decisionstore.h"
#include "editor/editorcontext.h"
#include "editor/kindactions.h"

#include <QMenu>

namespace Takt {

namespace {
/** Session ▸ New Decision. */
class DecisionsMenu : public KindActions
{
public:
    DecisionsMenu(EditorContext &context, QObject *parent)
        : KindActions(parent)
    {
        RecordTableEditor::addNewRowAction(
            context, context.addMenu(RecordTableEditor::sessionMenuTitle()),
            QCoreApplication::translate("DecisionsMenu", "New &Decision"),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), QStringLiteral("new-decision"),
            [&context] { return DecisionStore::of(*context.document())->registerId(); });
    }
    void currentEditorChanged(ArtefactEditor *) override { }
};
} // namespace

KindActions *DecisionsEditorFactory::createActions(EditorContext &context, QObject *parent) const
{
    return new DecisionsMenu(context, parent);
}

} // namespace Takt
