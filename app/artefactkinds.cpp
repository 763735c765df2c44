#include "artefactkinds.h"

#include "a3/a3factory.h"
#include "a3/a3kind.h"
#include "actions/actionseditorfactory.h"
#include "actions/actionskind.h"
#include "agenda/agendafactory.h"
#include "agenda/agendakind.h"
#include "attendance/attendanceeditorfactory.h"
#include "attendance/attendancekind.h"
#include "decisions/decisionseditorfactory.h"
#include "decisions/decisionskind.h"
#include "document/artefactregistry.h"
#include "editor/editorregistry.h"
#include "fishbone/fishbonefactory.h"
#include "fishbone/fishbonekind.h"
#include "ideas/ideasfactory.h"
#include "ideas/ideaskind.h"
#include "kpi/kpieditorfactory.h"
#include "kpi/kpiskind.h"
#include "pack/packsection.h"
#include "parkinglot/parkinglotfactory.h"
#include "parkinglot/parkinglotkind.h"
#include "vsm/mapeditorfactory.h"
#include "vsm/mapskind.h"
#include "whys/fivewhysfactory.h"
#include "whys/fivewhyskind.h"

namespace Takt {

namespace {
/** A kind: its models and its editor. */
template<typename Kind, typename Editor> void add()
{
    ArtefactRegistry::add(std::make_unique<Kind>());
    auto editor = std::make_unique<Editor>();
    const EditorFactory *views = editor.get();
    if (EditorRegistry::add(std::move(editor)))
        ArtefactRegistry::addPackSections(views->kindKey(),
                                          [views] { return views->packSections(); });
}

} // namespace

void registerArtefactKinds()
{
    // One line per kind, in the order the navigator, the store and the pack take them.
    add<MapsKind, MapEditorFactory>();
    add<KpisKind, KpiEditorFactory>();
    add<FiveWhysKind, FiveWhysFactory>();
    add<FishboneKind, FishboneFactory>();
    add<A3Kind, A3Factory>();
    add<AgendaKind, AgendaFactory>();
    add<AttendanceKind, AttendanceEditorFactory>();
    add<DecisionsKind, DecisionsEditorFactory>();
    add<ParkingLotKind, ParkingLotFactory>();
    add<IdeasKind, IdeasFactory>();
    add<ActionsKind, ActionsEditorFactory>();
}

} // namespace Takt
