#include "a3factory.h"

#include "a3/a3store.h"
#include "a3actions.h"
#include "a3editor.h"

namespace Takt {

ArtefactEditor *A3Factory::createEditor(Document *document, EntityId id, QWidget *parent) const
{
    if (!A3Store::of(*document)->report(id))
        return nullptr;
    return new A3Editor(document, id, parent);
}

KindActions *A3Factory::createActions(EditorContext &context, QObject *parent) const
{
    return new A3Actions(context, parent);
}

} // namespace Takt
