#include "measurement.h"

namespace Takt {

const FieldTable<Measurement> &Measurement::fields()
{
    using F = Measurement::Field;
    using Table = FieldTable<Measurement>;
    static const Table table(
        "Measurement",
        {Table::member(FieldDef {int(F::Kpi), "kpi", FieldType::Reference, nullptr, "kpi_id"},
                       &Measurement::kpi),
         Table::member(FieldDef {int(F::TakenAt), "timestamp", FieldType::Text,
                                 QT_TRANSLATE_NOOP("Measurement", "Timestamp"), "taken_at"},
                       &Measurement::takenAt),
         Table::member(FieldDef {int(F::Value), "value", FieldType::Coordinate,
                                 QT_TRANSLATE_NOOP("Measurement", "Value"), "value"},
                       &Measurement::value),
         Table::member(FieldDef {int(F::Note), "note", FieldType::Text,
                                 QT_TRANSLATE_NOOP("Measurement", "Note"), "note"},
                       &Measurement::note),
         Table::member(FieldDef {int(F::PhaseStart), "phase_start", FieldType::Boolean,
                                 QT_TRANSLATE_NOOP("Measurement", "Process change here"),
                                 "phase_start"},
                       &Measurement::phaseStart)});
    return table;
}

QDateTime Measurement::parseTime(const QString &input)
{
    const QString text = input.trimmed();
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!t.isValid())
        t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0));
    }
    return t;
}

} // namespace Takt
