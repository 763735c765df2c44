#include "fishbonefactory.h"

#include "fishbone/fishbonestore.h"
#include "fishboneactions.h"
#include "fishboneeditor.h"

namespace Takt {

ArtefactEditor *
FishboneFactory::createEditor(Document *document, EntityId id, QWidget *parent) const
{
    if (!FishboneStore::of(*document)->diagram(id))
        return nullptr;
    return new FishboneEditor(document, id, parent);
}

KindActions *FishboneFactory::createActions(EditorContext &context, QObject *parent) const
{
    return new FishboneActions(context, parent);
}

} // namespace Takt
