#pragma once

#include "pack/packsection.h"

#include <QCoreApplication>

namespace Takt {

/** The pack's fishbones: each diagram fitted to a landscape page, then its likely causes and
 *  the 5 Whys they started. */
class FishboneSection : public PackSection
{
    Q_DECLARE_TR_FUNCTIONS(FishboneSection)

public:
    QString key() const override { return QStringLiteral("fishbone"); }
    QString title() const override { return tr("Fishbones"); }
    bool hasContent(const Document &document, const PackOptions &options) const override;
    int workUnits(const Document &document, const PackOptions &options) const override;
    void write(PackComposer &composer, const Document &document) const override;
};

} // namespace Takt
