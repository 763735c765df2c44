#pragma once

#include "pack/packsection.h"

#include <QCoreApplication>

namespace Takt {

/** The pack's 5 Whys: each analysis's tree as a figure, then each root cause's chain with its
 *  evidence and status, read back for the room, and the countermeasures. */
class FiveWhysSection : public PackSection
{
    Q_DECLARE_TR_FUNCTIONS(FiveWhysSection)

public:
    QString key() const override { return QStringLiteral("whys"); }
    QString title() const override { return tr("5 Whys"); }
    bool hasContent(const Document &document, const PackOptions &options) const override;
    int workUnits(const Document &document, const PackOptions &options) const override;
    void write(PackComposer &composer, const Document &document) const override;
};

} // namespace Takt
