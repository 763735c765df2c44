#include "duration.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Takt {

namespace { } // namespace

std::optional<Duration::Unit> Duration::unitFromSymbol(const QString &symbol)
{
    const QString s = symbol.toLower();
    if (s == QLatin1String("s") || s == QLatin1String("sec") || s == QLatin1String("secs")
        || s == QLatin1String("second") || s == QLatin1String("seconds"))
        return Duration::Unit::Seconds;
    if (s == QLatin1String("min") || s == QLatin1String("mins") || s == QLatin1String("minute")
        || s == QLatin1String("minutes") || s == QLatin1String("m"))
        return Duration::Unit::Minutes;
    if (s == QLatin1String("h") || s == QLatin1String("hr") || s == QLatin1String("hrs")
        || s == QLatin1String("hour") || s == QLatin1String("hours"))
        return Duration::Unit::Hours;
    if (s == QLatin1String("d") || s == QLatin1String("day") || s == QLatin1String("days"))
        return Duration::Unit::Days;
    if (s == QLatin1String("wk") || s == QLatin1String("w") || s == QLatin1String("week")
        || s == QLatin1String("weeks") || s == QLatin1String("wks"))
        return Duration::Unit::Weeks;
    return std::nullopt;
}

namespace {

QString trimmedNumber(double value)
{
    // Three significant figures are what a room reads off a projector; more is noise.
    const double magnitude = std::fabs(value);
    int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    QString text = locale.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

} // namespace

double Duration::secondsPer(Unit unit)
{
    switch (unit) {
    case Unit::Seconds:
        return 1.0;
    case Unit::Minutes:
        return Minute;
    case Unit::Hours:
        return Hour;
    case Unit::Days:
        return Day;
    case Unit::Weeks:
        return Week;
    }
    return 1.0;
}

const char *Duration::symbolLatin1(Unit unit)
{
    switch (unit) {
    case Unit::Seconds:
        return "s";
    case Unit::Minutes:
        return "min";
    case Unit::Hours:
        return "h";
    case Unit::Days:
        return "d";
    case Unit::Weeks:
        return "wk";
    }
    return "";
}

QString Duration::symbol(Unit unit)
{
    return QString::fromLatin1(symbolLatin1(unit));
}

std::optional<double>
Duration::parse(const QString &text, QString *error, std::optional<Unit> bareUnit)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*([-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?)\s*([A-Za-z]*)\s*$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        if (error)
            *error = text.trimmed().isEmpty()
                ? tr("a duration is empty; write a number and a unit, e.g. \"45 min\"")
                : tr("\"%1\" is not a duration; write a number and a unit (s, min, h, d, "
                     "wk), e.g. \"45 min\"")
                      .arg(text);
        return std::nullopt;
    }
    QString number = match.captured(1);
    number.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = number.toDouble(&ok);
    const QString symbolText = match.captured(2);
    std::optional<Unit> unit = symbolText.isEmpty() ? bareUnit : unitFromSymbol(symbolText);
    if (!ok || !std::isfinite(value)) {
        if (error)
            *error = tr("\"%1\" is not a number").arg(match.captured(1));
        return std::nullopt;
    }
    if (!unit) {
        if (error)
            *error = symbolText.isEmpty()
                ? tr("\"%1\" has no unit; write s, min, h, d or wk").arg(text.trimmed())
                : tr("\"%1\" is not a time unit; write s, min, h, d or wk").arg(symbolText);
        return std::nullopt;
    }
    if (value < 0) {
        if (error)
            *error = tr("a duration cannot be negative (\"%1\")").arg(text.trimmed());
        return std::nullopt;
    }
    return value * secondsPer(*unit);
}

Duration::Unit Duration::readableUnit(double seconds)
{
    const double magnitude = std::fabs(seconds);
    if (magnitude >= Week * 10)
        return Unit::Weeks;
    if (magnitude >= Day)
        return Unit::Days;
    if (magnitude >= Hour)
        return Unit::Hours;
    if (magnitude >= Minute)
        return Unit::Minutes;
    return Unit::Seconds;
}

QString Duration::format(double seconds)
{
    return format(seconds, readableUnit(seconds));
}

QString Duration::format(double seconds, std::optional<Unit> unit)
{
    // A chosen unit that would round a real time to nothing ("0 d" for 30 s) gives way to the
    // most readable one.
    if (unit && (seconds == 0 || std::fabs(seconds / secondsPer(*unit)) >= 0.005))
        return format(seconds, *unit);
    return format(seconds);
}

QString Duration::unitName(Unit unit)
{
    switch (unit) {
    case Unit::Seconds:
        return tr("seconds");
    case Unit::Minutes:
        return tr("minutes");
    case Unit::Hours:
        return tr("hours");
    case Unit::Days:
        return tr("days (24 h)");
    case Unit::Weeks:
        return tr("weeks");
    }
    return {};
}

QList<Duration::Unit> Duration::allUnits()
{
    return {Unit::Seconds, Unit::Minutes, Unit::Hours, Unit::Days, Unit::Weeks};
}

QString Duration::format(double seconds, Unit unit)
{
    return trimmedNumber(seconds / secondsPer(unit)) + QLatin1Char(' ') + symbol(unit);
}

QString Duration::formatExact(double seconds)
{
    // The largest unit in which the figure is at least 1 with at most two decimals, as a
    // facilitator would write it: "30 min", "1.5 h", "3 d".
    for (Unit unit : {Unit::Weeks, Unit::Days, Unit::Hours, Unit::Minutes}) {
        const double value = seconds / secondsPer(unit);
        const double hundredths = value * 100;
        if (value < 1 || hundredths != std::round(hundredths))
            continue;
        const QString number = QString::number(value, 'g', 12);
        if (number.toDouble() * secondsPer(unit) == seconds)
            return number + QLatin1Char(' ') + symbol(unit);
    }
    return QString::number(seconds, 'g', 17) + QStringLiteral(" s");
}

} // namespace Takt
