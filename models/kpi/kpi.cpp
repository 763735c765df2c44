#include "kpi.h"

namespace Takt {

const FieldTable<Kpi> &Kpi::fields()
{
    using F = Kpi::Field;
    using Table = FieldTable<Kpi>;
    FieldDef better {int(F::Better), "better", FieldType::Choice,
                     QT_TRANSLATE_NOOP("Kpi", "Better when"), "better"};
    better.choices = {{int(Better::Lower), "lower", QT_TRANSLATE_NOOP("Kpi", "lower")},
                      {int(Better::Higher), "higher", QT_TRANSLATE_NOOP("Kpi", "higher")}};
    better.optional = false;
    FieldDef baseline {int(F::Baseline), "baseline", FieldType::WholeNumber,
                       QT_TRANSLATE_NOOP("Kpi", "Baseline points"), "baseline"};
    baseline.minimum = 2; // a moving range needs two points
    static const Table table(
        "Kpi",
        {Table::member(FieldDef {int(F::Name), "name", FieldType::Text,
                                 QT_TRANSLATE_NOOP("Kpi", "Name"), "name"},
                       &Kpi::name),
         Table::member(FieldDef {int(F::Unit), "unit", FieldType::Text,
                                 QT_TRANSLATE_NOOP("Kpi", "Unit"), "unit"},
                       &Kpi::unit),
         Table::member(better, &Kpi::better),
         Table::member(FieldDef {int(F::Target), "target", FieldType::Coordinate,
                                 QT_TRANSLATE_NOOP("Kpi", "Target"), "target"},
                       &Kpi::target),
         Table::member(baseline, &Kpi::baseline),
         Table::member(FieldDef {int(F::Notes), "notes", FieldType::Text,
                                 QT_TRANSLATE_NOOP("Kpi", "Notes"), "notes"},
                       &Kpi::notes)});
    return table;
}

} // namespace Takt
