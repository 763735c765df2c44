#pragma once

#include "pack/packsection.h"

#include <QCoreApplication>

namespace Takt {

/**
 * Each KPI's XmR chart in the pack, both panels, drawn by Qt Charts as on screen (vector in the
 * PDF), with its reading. Registered from the views (KpiEditorFactory::packSections()): the
 * models may not include a widget. Without a QApplication (a headless tool) it has no content.
 */
class KpiChartSection : public PackSection
{
    Q_DECLARE_TR_FUNCTIONS(KpiChartSection)

public:
    QString key() const override { return QStringLiteral("kpi-charts"); }
    QString title() const override { return tr("KPI control charts"); }
    bool hasContent(const Document &document, const PackOptions &options) const override;
    int workUnits(const Document &document, const PackOptions &options) const override;
    void write(PackComposer &composer, const Document &document) const override;
};

} // namespace Takt
