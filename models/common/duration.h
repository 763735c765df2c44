#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Takt {

/**
 * Durations as facilitators call them out: a number and a unit (s, min, h, d, wk), stored in
 * seconds. A day is 24 h, as in the glossary; working time is a separate figure of the map.
 */
class Duration
{
    Q_DECLARE_TR_FUNCTIONS(Duration)

public:
    enum class Unit { Seconds, Minutes, Hours, Days, Weeks };

    static constexpr double Minute = 60.0;
    static constexpr double Hour = 3600.0;
    static constexpr double Day = 86400.0;
    static constexpr double Week = 7 * Day;

    /** Parses "45 min", "2h", "1.5 d". A bare number takes @p bareUnit; returns nullopt and
     *  sets @p error (translated) when the text is not a non-negative duration. */
    static std::optional<double> parse(const QString &text,
                                       QString *error = nullptr,
                                       std::optional<Unit> bareUnit = std::nullopt);

    /** The most readable form: the largest unit in which the value is at least 1. */
    static QString format(double seconds);
    static QString format(double seconds, Unit unit);
    /** In @p unit when one was chosen, else the most readable unit. */
    static QString format(double seconds, std::optional<Unit> unit);
    static std::optional<Unit> unitFromSymbol(const QString &symbol);
    static QString unitName(Unit unit); // translated, e.g. "hours"
    static QList<Unit> allUnits();
    /** A form that parses back to exactly @p seconds, in the largest unit that allows it:
     *  what files hold ("1.5 h", "39 s"). */
    static QString formatExact(double seconds);
    /** Short, untranslated unit symbol, as written in files ("min"). */
    static QString symbol(Unit unit);
    static const char *symbolLatin1(Unit unit);
    static double secondsPer(Unit unit);
    static Unit readableUnit(double seconds);
};

} // namespace Takt
