#include "fivewhysfactory.h"

#include "fivewhyseditor.h"
#include "whys/fivewhysstore.h"
#include "whysactions.h"

namespace Takt {

ArtefactEditor *
FiveWhysFactory::createEditor(Document *document, EntityId id, QWidget *parent) const
{
    if (!FiveWhysStore::of(*document)->analysis(id))
        return nullptr;
    return new FiveWhysEditor(document, id, parent);
}

KindActions *FiveWhysFactory::createActions(EditorContext &context, QObject *parent) const
{
    return new WhysActions(context, parent);
}

} // namespace Takt
