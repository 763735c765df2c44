#include "parkinglotfactory.h"

#include "editor/editorcontext.h"
#include "editor/newrowactions.h"
#include "parkinglot/parkinglotstore.h"
#include "parkingloteditor.h"

namespace Takt {

KindActions *ParkingLotFactory::createActions(EditorContext &context, QObject *parent) const
{
    // Session ▸ Park a Topic.
    return new NewRowActions(
        context, parent, QCoreApplication::translate("ParkingLotMenu", "Park a &Topic"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), QStringLiteral("park-topic"),
        [&context] { return ParkingLotStore::of(*context.document())->registerId(); });
}

} // namespace Takt
