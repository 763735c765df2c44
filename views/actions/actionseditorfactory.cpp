#include "actionseditorfactory.h"

#include "actionregistereditor.h"
#include "actions/actionstore.h"
#include "actionsmenu.h"

namespace Takt {

QString ActionsEditorFactory::kindKey() const
{
    return QStringLiteral("actions");
}

ArtefactEditor *
ActionsEditorFactory::createEditor(Document *document, EntityId id, QWidget *parent) const
{
    if (id != ActionStore::of(*document)->registerId())
        return nullptr;
    return new ActionRegisterEditor(document, id, parent);
}

KindActions *ActionsEditorFactory::createActions(EditorContext &context, QObject *parent) const
{
    return new ActionsMenu(context, parent);
}

} // namespace Takt
