#include "newrowactions.h"

#include "editorcontext.h"
#include "recordtableeditor.h"

namespace Takt {

NewRowActions::NewRowActions(EditorContext &context,
                             QObject *parent,
                             const QString &text,
                             const QKeySequence &shortcut,
                             const QString &objectName,
                             std::function<EntityId()> registerId)
    : KindActions(parent)
{
    RecordTableEditor::addNewRowAction(context,
                                       context.addMenu(RecordTableEditor::sessionMenuTitle()), text,
                                       shortcut, objectName, std::move(registerId));
}

} // namespace Takt
