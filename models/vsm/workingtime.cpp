#include "workingtime.h"

#include "common/duration.h"

namespace Takt {

std::optional<double>
WorkingTime::demandPerDay(double demandPerMonth, int workingDaysPerMonth, QString *error)
{
    if (workingDaysPerMonth <= 0 || demandPerMonth < 0) {
        if (error)
            *error = tr("a month needs at least one working day and a demand of 0 or more");
        return std::nullopt;
    }
    return demandPerMonth / workingDaysPerMonth;
}

std::optional<double> WorkingTime::availableTimePerDay(int shifts,
                                                       double hoursPerShift,
                                                       double breakMinutesPerShift,
                                                       QString *error)
{
    const double perShift
        = hoursPerShift * Duration::Hour - breakMinutesPerShift * Duration::Minute;
    if (shifts <= 0 || perShift <= 0) {
        if (error)
            *error = tr("the breaks take the whole shift: no working time is left");
        return std::nullopt;
    }
    if (shifts * hoursPerShift * Duration::Hour > Duration::Day) {
        if (error)
            *error = tr("%n shift(s) of %1 are more than a day", nullptr, shifts)
                         .arg(Duration::format(hoursPerShift * Duration::Hour));
        return std::nullopt;
    }
    return shifts * perShift;
}

} // namespace Takt
