#include "artefactkinds.h"

#include "document/artefactregistry.h"
#include "vsm/mapskind.h"

namespace Takt {

namespace {
template<typename Kind> void add()
{
    ArtefactRegistry::add(std::make_unique<Kind>());
}
} // namespace

void registerArtefactKinds()
{
    // One line per kind, in the order the navigator, the store and the pack take them.
    add<MapsKind>();
}

} // namespace Takt
