#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Takt {

/** The two figures a map's takt time rests on, worked out from what the room knows: demand
 *  per month over working days, and shifts of so many hours less their breaks. */
class WorkingTime
{
    Q_DECLARE_TR_FUNCTIONS(WorkingTime)

public:
    /** Units per day; nothing, with @p error, for a month without working days. */
    static std::optional<double>
    demandPerDay(double demandPerMonth, int workingDaysPerMonth, QString *error = nullptr);
    /** Seconds of working time per day; nothing, with @p error, when the breaks fill a shift
     *  or the shifts more than a day. */
    static std::optional<double> availableTimePerDay(int shifts,
                                                     double hoursPerShift,
                                                     double breakMinutesPerShift,
                                                     QString *error = nullptr);
};

} // namespace Takt
