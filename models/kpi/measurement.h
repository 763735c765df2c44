#pragma once

#include "core/entityid.h"
#include "core/fieldtable.h"

#include <QDateTime>
#include <QString>

namespace Takt {

/** One measured value of a KPI, when it was taken, and what the room noted about it. */
struct Measurement
{
    enum class Field { Kpi, TakenAt, Value, Note, PhaseStart };

    EntityId id = 0;
    EntityId kpi = 0;
    QString takenAt; // ISO 8601: "2026-03-12" or "2026-03-12T14:30:00"
    double value = 0;
    QString note;
    /** A process change takes effect here: the limits are computed afresh from this point. */
    bool phaseStart = false;

    static const FieldTable<Measurement> &fields();
    /** "2026-03-12", "2026-03-12 14:30", "2026-03-12T14:30:00": as a date and time. */
    static QDateTime parseTime(const QString &text);
};

} // namespace Takt
