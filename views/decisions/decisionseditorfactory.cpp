#include "decisionseditorfactory.h"

#include "decisionlogeditor.h"
#include "decisions/decisionstore.h"
#include "editor/editorcontext.h"
#include "editor/newrowactions.h"

namespace Takt {

KindActions *DecisionsEditorFactory::createActions(EditorContext &context, QObject *parent) const
{
    // Session ▸ New Decision.
    return new NewRowActions(
        context, parent, QCoreApplication::translate("DecisionsMenu", "New &Decision"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), QStringLiteral("new-decision"),
        [&context] { return DecisionStore::of(*context.document())->registerId(); });
}

} // namespace Takt
