#include "kpisection.h"

#include "common/duration.h"
#include "document/document.h"
#include "document/measuredfigure.h"
#include "kpireading.h"
#include "kpistore.h"
#include "pack/packcomposer.h"

#include <QLocale>

namespace Takt {

bool KpiSection::hasContent(const Document &document, const PackOptions &options) const
{
    for (EntityId id : KpiStore::of(document)->artefacts())
        if (options.includesItem(id))
            return true;
    return false;
}

void KpiSection::write(PackComposer &composer, const Document &document) const
{
    const KpiStore &store = *KpiStore::of(document);
    composer.beginSection(title());
    composer.heading(title());
    for (EntityId id : store.artefacts()) {
        if (!composer.options().includesItem(id))
            continue;
        const Kpi &kpi = *store.kpi(id);
        const QList<Measurement> series = store.series(id);
        const XmrChart::Result chart = store.chart(id, series);
        composer.subheading(kpi.name);
        composer.paragraph(KpiReading::text(kpi, series, chart));
        if (const auto figure = MeasuredFigures::measuredBy(document, id)) {
            const QString now = !figure->value ? tr("none")
                : figure->isTime               ? Duration::format(*figure->value)
                                               : QLocale().toString(*figure->value);
            composer.keyValues({{tr("Measures"), figure->label}, {tr("The map says"), now}});
        }
        if (!chart.phases.isEmpty()) {
            const XmrChart::Limits &l = chart.phases.last().limits;
            composer.keyValues({
                {tr("Points"), QLocale().toString(int(series.size()))},
                {tr("Centre line (X̄)"), KpiReading::figure(l.centre, kpi.unit)},
                {tr("Natural process limits"),
                 tr("%1 to %2")
                     .arg(KpiReading::figure(l.lnpl, kpi.unit),
                          KpiReading::figure(l.unpl, kpi.unit))},
                {tr("Average moving range (mR̄)"), KpiReading::figure(l.mrBar, kpi.unit)},
                {tr("Upper range limit"), KpiReading::figure(l.url, kpi.unit)},
            });
        }
        QStringList signalLines;
        for (const XmrChart::Signal &s : chart.signalsFound)
            signalLines << tr("Point %1 (%2, %3): rule %4, %5")
                               .arg(s.index + 1)
                               .arg(KpiReading::when(series.at(s.index).takenAt),
                                    KpiReading::figure(series.at(s.index).value, kpi.unit),
                                    XmrChart::ruleKey(s.rule), XmrChart::ruleName(s.rule));
        if (!signalLines.isEmpty())
            composer.paragraph(signalLines.join(QLatin1Char('\n')));
        if (!composer.step())
            return;
    }
}

} // namespace Takt
