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
        if (error)
            *error = tr("%1: %2").arg(label, why);
        return false;
    };
    if (type == FieldType::Duration) {
        QString why;
        const auto seconds = Duration::parse(text, &why);
        if (!seconds)
            return refuse(why);
        *value = *seconds;
        return true;
    }
    QString number = text;
    const bool hasPercent = number.endsWith(QLatin1Char('%'));
    if (hasPercent)
        number = number.chopped(1).trimmed();
    bool ok = false;
    double d = QLocale().toDouble(number, &ok);
    if (!ok)
        d = number.toDouble(&ok); // "2.5" is understood in a locale with a decimal comma
    if (!ok || !std::isfinite(d))
        return refuse(tr("\"%1\" is not a number").arg(text));
    if (d < 0)
        return refuse(tr("\"%1\" is negative").arg(text));
    switch (type) {
    case FieldType::Fraction:
        // "90", "90 %" and "0.9" all mean 90 %.
        if (hasPercent || d > 1)
            d /= 100;
        if (d > 1)
            return refuse(tr("\"%1\" is more than 100 %").arg(text));
        *value = d;
        return true;
    case FieldType::WholeNumber:
        if (d != std::floor(d) || d > 1e9)
            return refuse(tr("\"%1\" is not a whole number").arg(text));
        *value = int(d);
        return true;
    default:
        *value = d;
        return true;
    }
}

} // namespace Takt
