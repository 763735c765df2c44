#pragma once

#include "pack/packsection.h"

#include <QCoreApplication>

namespace Takt {

/** For each future or ideal state: its figures beside those of the map it was derived from,
 *  with the change in %. */
class ComparisonSection : public PackSection
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonSection)

public:
    QString key() const override { return QStringLiteral("comparison"); }
    QString title() const override { return tr("Current and future state"); }
    bool hasContent(const Document &document, const PackOptions &options) const override;
    void write(PackComposer &composer, const Document &document) const override;
};

} // namespace Takt
