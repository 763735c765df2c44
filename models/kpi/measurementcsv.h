#pragma once

#include "measurement.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

#include <optional>

namespace Takt {

/**
 * Measurements as a spreadsheet gives them. A CSV file with the header `Timestamp,Value,Note`
 * (Note may be left out) is read all or nothing: a bad row is named by its line and field. A
 * pasted column is values alone, or date and value pairs, tab- or comma-separated, with the
 * locale's decimal comma accepted.
 */
class MeasurementCsv
{
    Q_DECLARE_TR_FUNCTIONS(MeasurementCsv)

public:
    /** The rows of @p csv as measurements (their KPI left to the caller), or nothing and why. */
    static std::optional<QList<Measurement>> read(const QByteArray &csv, QString *error);
    /** Pasted text; values without a date are dated @p firstDay, the day after, and so on. */
    static std::optional<QList<Measurement>>
    readPasted(const QString &text, const QLocale &locale, const QDate &firstDay, QString *error);
    /** "2026-03-12" for midnight, else "2026-03-12T14:30:00": how a time is stored. */
    static QString storedTime(const QDateTime &time);
};

} // namespace Takt
