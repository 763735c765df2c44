#pragma once

#include "editor/registereditorfactory.h"
#include "parkinglot/parkinglotstore.h"
#include "parkingloteditor.h"

namespace Takt {

/** The parking lot's views: its editor and Session ▸ Park a Topic. */
class ParkingLotFactory : public RegisterEditorFactory<ParkingLotStore, ParkingLotEditor>
{
public:
    QString kindKey() const override { return QStringLiteral("parking-lot"); }
    KindActions *createActions(EditorContext &context, QObject *parent) const override;
};

} // namespace Takt
