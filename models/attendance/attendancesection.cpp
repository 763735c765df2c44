#include "attendancesection.h"

#include "attendancestore.h"
#include "pack/packcomposer.h"

namespace Takt {

bool AttendanceSection::hasContent(const Document &document, const PackOptions &options) const
{
    const AttendanceStore *store = AttendanceStore::of(document);
    return store && !store->participants().items().isEmpty()
        && options.includesItem(store->registerId());
}

void AttendanceSection::write(PackComposer &composer, const Document &document) const
{
    const AttendanceStore &store = *AttendanceStore::of(document);
    composer.beginSection(title());
    composer.heading(title());
    composer.paragraph(store.summary(store.registerId()), true);
    const int days = store.dayCount();
    QList<PackComposer::TableColumn> columns {{tr("Name"), 3}, {tr("Role"), 2.4}, {tr("Team"), 2}};
    for (int day = 1; day <= days; ++day)
        columns << PackComposer::TableColumn {tr("Day %1").arg(day), 1.2};
    QList<QStringList> rows;
    QList<int> absent; // a row with an absence is marked, and says so in words
    for (const Participant &p : store.participants().items()) {
        QStringList row {p.name, p.role, p.team};
        bool missed = false;
        for (int day = 1; day <= days; ++day) {
            row << (p.isPresent(day) ? tr("present") : tr("✗ absent"));
            missed = missed || !p.isPresent(day);
        }
        if (missed)
            absent << int(rows.size());
        rows << row;
    }
    composer.table(columns, rows, absent);
    composer.step();
}

} // namespace Takt
