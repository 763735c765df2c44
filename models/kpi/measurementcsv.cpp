#include "measurementcsv.h"

#include "common/csvrecords.h"

#include <cmath>

namespace Takt {

namespace {

std::optional<double> number(QString text, const QLocale &locale)
{
    text = text.trimmed();
    bool ok = false;
    double d = QLocale::c().toDouble(text, &ok);
    if (!ok)
        d = locale.toDouble(text, &ok);
    if (!ok)
        d = QLocale::c().toDouble(QString(text).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
    return ok && std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

} // namespace

QString MeasurementCsv::storedTime(const QDateTime &time)
{
    return time.time() == QTime(0, 0) ? time.date().toString(Qt::ISODate)
                                      : time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

std::optional<QList<Measurement>> MeasurementCsv::read(const QByteArray &bytes, QString *error)
{
    CsvRecords records(bytes);
    const auto fail = [error](int line, const QString &what) {
        if (error)
            *error = tr("line %1, %2").arg(line).arg(what);
        return std::nullopt;
    };
    int line = 1;
    const QStringList header = records.next(&line);
    const auto named = [&header](int i, const char *name) {
        return header.value(i).trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    };
    if (!named(0, "Timestamp") || !named(1, "Value") || (header.size() > 2 && !named(2, "Note"))
        || header.size() > 3)
        return fail(1,
                    tr("the header is \"%1\"; write Timestamp,Value,Note")
                        .arg(header.join(QLatin1Char(','))));
    QList<Measurement> rows;
    while (!records.atEnd()) {
        int at = 0;
        const QStringList fields = records.next(&at);
        line = at;
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue; // a blank line
        if (fields.size() > header.size())
            return fail(at,
                        tr("%1 fields where the header has %2") // always more than one
                            .arg(fields.size())
                            .arg(header.size()));
        const QDateTime time = Measurement::parseTime(fields.value(0));
        if (!time.isValid())
            return fail(at,
                        tr("field \"Timestamp\": \"%1\" is not a date and time; write "
                           "2026-03-12 or 2026-03-12T14:30")
                            .arg(fields.value(0).trimmed()));
        const auto value = number(fields.value(1), QLocale::c());
        if (!value)
            return fail(
                at, tr("field \"Value\": \"%1\" is not a number").arg(fields.value(1).trimmed()));
        Measurement m;
        m.takenAt = storedTime(time);
        m.value = *value;
        m.note = fields.value(2).trimmed();
        rows << m;
    }
    if (rows.isEmpty())
        return fail(line, tr("there are no measurements under the header"));
    return rows;
}

std::optional<QList<Measurement>> MeasurementCsv::readPasted(const QString &text,
                                                             const QLocale &locale,
                                                             const QDate &firstDay,
                                                             QString *error)
{
    QList<Measurement> rows;
    const QStringList lines = text.split(QLatin1Char('\n'));
    QDate next = firstDay;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        // A tab separates cells; without one, a comma does, unless it is the decimal comma
        // of a lone value ("4,5").
        QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() == 1 && !number(line, locale))
            cells = line.split(QLatin1Char(','));
        Measurement m;
        const QString valueText = cells.size() >= 2 ? cells.at(1) : cells.first();
        const auto value = number(valueText, locale);
        if (!value) {
            if (rows.isEmpty() && i == 0)
                continue; // a header row ("Date, Value")
            if (error)
                *error = tr("line %1: \"%2\" is not a number").arg(i + 1).arg(valueText.trimmed());
            return std::nullopt;
        }
        m.value = *value;
        if (cells.size() >= 2) {
            const QDateTime time = Measurement::parseTime(cells.first());
            const QDate local = locale.toDate(cells.first().trimmed(), QLocale::ShortFormat);
            if (!time.isValid() && !local.isValid()) {
                if (error)
                    *error = tr("line %1: \"%2\" is not a date").arg(i + 1).arg(cells.first());
                return std::nullopt;
            }
            m.takenAt = time.isValid() ? storedTime(time) : local.toString(Qt::ISODate);
            m.note = cells.value(2).trimmed();
        } else {
            m.takenAt = next.toString(Qt::ISODate);
            next = next.addDays(1);
        }
        rows << m;
    }
    if (rows.isEmpty()) {
        if (error)
            *error = tr("nothing to paste: no values");
        return std::nullopt;
    }
    return rows;
}

} // namespace Takt
