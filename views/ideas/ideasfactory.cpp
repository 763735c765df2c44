#include "ideasfactory.h"

#include "editor/editorcontext.h"
#include "editor/newrowactions.h"

namespace Takt {

KindActions *IdeasFactory::createActions(EditorContext &context, QObject *parent) const
{
    // Session ▸ New Kaizen Idea.
    return new NewRowActions(
        context, parent, QCoreApplication::translate("IdeasMenu", "New &Kaizen Idea"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), QStringLiteral("new-idea"),
        [&context] { return IdeaStore::of(*context.document())->registerId(); });
}

} // namespace Takt
