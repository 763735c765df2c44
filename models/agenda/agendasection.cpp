#include "agendasection.h"

#include "agendastore.h"
#include "pack/packcomposer.h"

#include <cmath>

namespace Takt {

bool AgendaSection::hasContent(const Document &document, const PackOptions &options) const
{
    const AgendaStore *store = AgendaStore::of(document);
    return store && !store->items().items().isEmpty() && options.includesItem(store->registerId());
}

void AgendaSection::write(PackComposer &composer, const Document &document) const
{
    const AgendaStore &store = *AgendaStore::of(document);
    composer.beginSection(title());
    composer.heading(title());
    composer.paragraph(store.summary(store.registerId()), true);
    for (int day = 1; day <= store.lastDay(); ++day) {
        QList<QStringList> rows;
        QList<int> over; // beyond the plan: marked, and the sign says it
        double dayBalance = 0;
        for (const AgendaItem &i : store.items().items()) {
            if (i.dayNumber() != day)
                continue;
            QString difference;
            if (i.actual) {
                const double seconds = *i.actual - i.plannedSeconds();
                dayBalance += seconds;
                const int minutes = int(std::lround(seconds / 60.0));
                difference = minutes > 0 ? tr("▲ +%1 min").arg(minutes)
                    : minutes < 0        ? tr("−%1 min").arg(-minutes)
                                         : tr("on time");
                if (minutes > 0)
                    over << int(rows.size());
            }
            rows << QStringList {i.title, i.owner, AgendaStore::minutesText(i.plannedSeconds()),
                                 i.actual ? AgendaStore::minutesText(*i.actual) : tr("not run"),
                                 difference};
        }
        if (rows.isEmpty())
            continue;
        composer.subheading(tr("Day %1: planned %2, actual %3 (%4)")
                                .arg(day)
                                .arg(AgendaStore::minutesText(store.plannedOn(day)),
                                     AgendaStore::minutesText(store.actualOn(day)),
                                     AgendaStore::balanceText(dayBalance)));
        composer.table({{tr("Item"), 4.6},
                        {tr("Led by"), 2},
                        {tr("Planned"), 1.4, true},
                        {tr("Actual"), 1.4, true},
                        {tr("Difference"), 1.6, true}},
                       rows, over);
    }
    composer.paragraph(
        tr("Balance over the workshop: %1").arg(AgendaStore::balanceText(store.balance())));
    composer.step();
}

} // namespace Takt
