#pragma once

#include "document/registerkind.h"
#include "parkinglotsection.h"
#include "parkinglotstore.h"

#include <QCoreApplication>

namespace Takt {

/** The parking lot (registered in app/artefactkinds.cpp). */
class ParkingLotKind : public RegisterKind<ParkingLotStore, ParkingLotSection>
{
    Q_DECLARE_TR_FUNCTIONS(ParkingLotKind)

public:
    QString key() const override { return QStringLiteral("parking-lot"); }
    QString name() const override { return tr("Parking lot"); }
    QString emptyHint() const override;
    QList<SchemaStep> schemaSteps() const override;
    bool buildExample(Document &document,
                      const QJsonObject &workshop,
                      const QString &folder,
                      QString *error) const override;
};

} // namespace Takt
