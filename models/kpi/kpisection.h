#pragma once

#include "pack/packsection.h"

#include <QCoreApplication>

namespace Takt {

/** The pack's KPIs: each one's reading, its limits and its signals, by rule. */
class KpiSection : public PackSection
{
    Q_DECLARE_TR_FUNCTIONS(KpiSection)

public:
    QString key() const override { return QStringLiteral("kpis"); }
    QString title() const override { return tr("KPIs and control charts"); }
    bool hasContent(const Document &document, const PackOptions &options) const override;
    void write(PackComposer &composer, const Document &document) const override;
};

} // namespace Takt
