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

namespace {
/** "2026-03-12", "2026-03-12T14:30" or "2026-03-12 14:30:05" read digit by digit: Qt's
 *  general parser costs most of a 100,000-row import. Invalid for anything else. */
QDateTime parseIsoQuickly(const QString &t)
{
    const auto digits = [&t](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            if (i >= t.size() || !t.at(i).isDigit())
                return -1;
            v = v * 10 + t.at(i).digitValue();
        }
        return v;
    };
    if (t.size() < 10 || t.at(4) != QLatin1Char('-') || t.at(7) != QLatin1Char('-'))
        return {};
    const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
    if (!date.isValid())
        return {};
    if (t.size() == 10)
        return QDateTime(date, QTime(0, 0));
    if ((t.size() != 16 && t.size() != 19)
        || (t.at(10) != QLatin1Char('T') && t.at(10) != QLatin1Char(' '))
        || t.at(13) != QLatin1Char(':') || (t.size() == 19 && t.at(16) != QLatin1Char(':')))
        return {};
    const QTime time(digits(11, 2), digits(14, 2), t.size() == 19 ? digits(17, 2) : 0);
    return time.isValid() ? QDateTime(date, time) : QDateTime();
}
} // namespace

QDateTime Measurement::parseTime(const QString &input)
{
    const QString text = input.trimmed();
    if (const QDateTime quick = parseIsoQuickly(text); quick.isValid())
        return quick;
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
