#pragma once

#include "pack/packsection.h"

#include <QCoreApplication>

namespace Takt {

/** The pack's A3 reports: each sheet scaled onto one landscape page of the pack's paper;
 *  written alone (`takt export --item`), the sheet fills one A3-landscape page. */
class A3Section : public PackSection
{
    Q_DECLARE_TR_FUNCTIONS(A3Section)

public:
    QString key() const override { return QStringLiteral("a3"); }
    QString title() const override { return tr("A3 reports"); }
    bool hasContent(const Document &document, const PackOptions &options) const override;
    int workUnits(const Document &document, const PackOptions &options) const override;
    void write(PackComposer &composer, const Document &document) const override;
};

} // namespace Takt
