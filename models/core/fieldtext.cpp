#include "fieldtext.h"

#include "common/duration.h"

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

bool FieldText::parse(const FieldDef &field, const QString &input, QVariant *value, QString *reason)
{
    const FieldType type = field.type;
    const QString text = input.trimmed();
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
