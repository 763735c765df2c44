#include "fieldtext.h"

#include "common/duration.h"

#include <QDate>
#include <QLocale>

#include <cmath>

namespace Takt {

QString FieldText::format(FieldType type, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (type) {
    case FieldType::Duration:
        return Duration::format(value.toDouble());
    case FieldType::Fraction:
        return QLocale().toString(value.toDouble() * 100, 'g', 6) + QStringLiteral(" %");
    case FieldType::WholeNumber:
        return QLocale().toString(value.toInt());
    case FieldType::Number:
    case FieldType::Coordinate:
        return QLocale().toString(value.toDouble(), 'g', 10);
    case FieldType::Date:
        return formatDate(value.toDate());
    default:
        return value.toString();
    }
}

bool FieldText::parse(
    FieldType type, const QString &label, const QString &input, QVariant *value, QString *error)
{
    FieldDef def;
    def.type = type;
    QString reason;
    if (parse(def, input, value, &reason))
        return true;
    if (error)
        *error = tr("%1: %2").arg(label, reason);
    return false;
}

QString FieldText::formatDate(const QDate &date)
{
    // "3 Dec 2026": the month in words reads the same in every locale, unlike 3/12 and 12/3.
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

std::optional<QDate> FieldText::parseDate(const QString &input, const QLocale &locale)
{
    const QString text = input.simplified();
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date;
    // The locale's own forms, the form Takt shows, and the month in full or short words.
    QStringList formats = {locale.dateFormat(QLocale::ShortFormat),
                           locale.dateFormat(QLocale::LongFormat),
                           locale.dateFormat(QLocale::NarrowFormat),
                           QStringLiteral("d MMM yyyy"),
                           QStringLiteral("d MMMM yyyy"),
                           QStringLiteral("d. MMM yyyy"),
                           QStringLiteral("d. MMMM yyyy"),
                           QStringLiteral("MMM d yyyy"),
                           QStringLiteral("MMM d, yyyy"),
                           QStringLiteral("MMMM d, yyyy")};
    for (const QString &format : std::as_const(formats)) {
        const bool shortYear
            = format.contains(QLatin1String("yy")) && !format.contains(QLatin1String("yyyy"));
        date = locale.toDate(text, format);
        if (date.isValid() && shortYear)
            return date.addYears(100); // a two-digit year is this century's, never 1926
        if (!date.isValid() && shortYear) // "3/12/2026" where the locale writes 3/12/26
            date = locale.toDate(
                text, QString(format).replace(QLatin1String("yy"), QLatin1String("yyyy")));
        if (date.isValid())
            return date;
    }
    if (locale != QLocale::c())
        return parseDate(text, QLocale::c()); // "3 Dec 2026" in any language
    return std::nullopt;
}

bool FieldText::parse(const FieldDef &field, const QString &input, QVariant *value, QString *reason)
{
    const FieldType type = field.type;
    const QString text = input.trimmed();
    if (type == FieldType::Date) {
        if (text.isEmpty()) {
            *value = QDate(); // not set
            return true;
        }
        if (const auto date = parseDate(text, QLocale())) {
            *value = *date;
            return true;
        }
        if (reason)
            *reason = tr("\"%1\" is not a date; write it as %2 or %3")
                          .arg(text, formatDate(QDate::currentDate()),
                               QDate::currentDate().toString(Qt::ISODate));
        return false;
    }
    const bool numeric = type == FieldType::Duration || type == FieldType::Fraction
        || type == FieldType::WholeNumber || type == FieldType::Number;
    if (!numeric) {
        *value = input;
        return true;
    }
    if (text.isEmpty()) {
        *value = QVariant();
        return true;
    }
    auto refuse = [&](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    double d = 0;
    if (type == FieldType::Duration) {
        QString why;
        const auto seconds = Duration::parse(text, &why);
        if (!seconds)
            return refuse(why);
        d = *seconds;
    } else {
        QString number = text;
        const bool hasPercent = number.endsWith(QLatin1Char('%'));
        if (hasPercent)
            number = number.chopped(1).trimmed();
        bool ok = false;
        d = QLocale().toDouble(number, &ok);
        if (!ok)
            d = number.toDouble(&ok); // "2.5" is understood in a locale with a decimal comma
        if (!ok || !std::isfinite(d))
            return refuse(tr("\"%1\" is not a number").arg(text));
        if (d < 0)
            return refuse(tr("this figure cannot be negative (\"%1\")").arg(text));
        // "90", "90 %" and "0.9" all mean 90 %.
        if (type == FieldType::Fraction && (hasPercent || d > 1))
            d /= 100;
        if (type == FieldType::Fraction && d > 1)
            return refuse(tr("\"%1\" is more than 100 %").arg(text));
        if (type == FieldType::WholeNumber && (d != std::floor(d) || d > 1e9))
            return refuse(tr("\"%1\" is not a whole number").arg(text));
    }
    if (field.maximum > 0 && d > field.maximum) {
        // A day's limit reads as "24 h", not "1 d".
        const QString most = type == FieldType::Duration && field.maximum <= Duration::Day
            ? Duration::format(field.maximum, Duration::Unit::Hours)
            : format(type, field.maximum);
        return refuse(tr("\"%1\" is more than %2, the most it can be").arg(text, most));
    }
    if (d < field.minimum)
        return refuse(tr("\"%1\" is less than %2; leave the field empty for none")
                          .arg(text, format(type, field.minimum)));
    *value = type == FieldType::WholeNumber ? QVariant(int(d)) : QVariant(d);
    return true;
}

QString FieldText::warning(const FieldDef &field, const QVariant &value)
{
    if (field.wanted && value.toString().trimmed().isEmpty())
        return tr("With no name, the map and the pack can only say what kind it is.");
    return {};
}

QString FieldText::sentence(const QString &reason)
{
    QString s = reason.trimmed();
    if (s.isEmpty())
        return s;
    s[0] = s.at(0).toUpper();
    if (!s.endsWith(QLatin1Char('.')))
        s += QLatin1Char('.');
    return s;
}

} // namespace Takt
