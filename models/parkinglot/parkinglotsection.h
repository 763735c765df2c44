#pragma once

#include "pack/packsection.h"

#include <QCoreApplication>

namespace Takt {

/** The pack's parking lot: every topic parked and what became of it. */
class ParkingLotSection : public PackSection
{
    Q_DECLARE_TR_FUNCTIONS(ParkingLotSection)

public:
    QString key() const override { return QStringLiteral("parking-lot"); }
    QString title() const override { return tr("Parking lot"); }
    bool hasContent(const Document &document, const PackOptions &options) const override;
    void write(PackComposer &composer, const Document &document) const override;
};

} // namespace Takt
