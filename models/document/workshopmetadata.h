#pragma once

#include "core/fieldtable.h"

#include <QDate>
#include <QString>
#include <QVariant>

namespace Takt {

/** What the cover of the session pack says about the workshop. */
struct WorkshopMetadata
{
    enum class Field {
        Title,
        Organisation,
        StartDate,
        EndDate,
        Location,
        Facilitators,
        Objective,
        Notes
    };

    QString title;
    QString organisation;
    QDate startDate;
    QDate endDate;
    QString location;
    QString facilitators; // one per line, as typed
    QString objective;
    QString notes;

    static const FieldTable<WorkshopMetadata> &fields();
    QVariant value(Field field) const { return fields().value(*this, int(field)); }
    void setValue(Field field, const QVariant &value)
    {
        fields().setValue(*this, int(field), value);
    }
    static QString fieldName(Field field) { return fields().label(int(field)); } // translated

    bool operator==(const WorkshopMetadata &other) const;
    bool operator!=(const WorkshopMetadata &other) const { return !(*this == other); }
};

} // namespace Takt
