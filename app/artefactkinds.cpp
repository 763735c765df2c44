#include "artefactkinds.h"

#include "document/artefactregistry.h"
#include "editor/editorregistry.h"
#include "kpi/kpieditorfactory.h"
#include "kpi/kpiskind.h"
#include "vsm/mapeditorfactory.h"
#include "vsm/mapskind.h"

namespace Takt {

namespace {
/** A kind: its models and its editor. */
template<typename Kind, typename Editor> void add()
{
    ArtefactRegistry::add(std::make_unique<Kind>());
    EditorRegistry::add(std::make_unique<Editor>());
}

} // namespace

void registerArtefactKinds()
{
    // One line per kind, in the order the navigator, the store and the pack take them.
    add<MapsKind, MapEditorFactory>();
    add<KpisKind, KpiEditorFactory>();
}

} // namespace Takt
