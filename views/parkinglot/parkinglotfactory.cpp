#include "parkinglotfactory.h"

#include "editor/editorcontext.h"
#include "editor/kindactions.h"
#include "parkinglot/parkinglotstore.h"
#include "parkingloteditor.h"

#include <QMenu>

namespace Takt {

namespace {
/** Session ▸ Park a Topic. */
class ParkingLotMenu : public KindActions
{
public:
    ParkingLotMenu(EditorContext &context, QObject *parent)
        : KindActions(parent)
    {
        RecordTableEditor::addNewRowAction(
            context, context.addMenu(RecordTableEditor::sessionMenuTitle()),
            QCoreApplication::translate("ParkingLotMenu", "Park a &Topic"),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), QStringLiteral("park-topic"),
            [&context] { return ParkingLotStore::of(*context.document())->registerId(); });
    }
    void currentEditorChanged(ArtefactEditor *) override { }
};
} // namespace

KindActions *ParkingLotFactory::createActions(EditorContext &context, QObject *parent) const
{
    return new ParkingLotMenu(context, parent);
}

} // namespace Takt
