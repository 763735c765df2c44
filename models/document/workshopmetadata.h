#pragma once

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

    QVariant value(Field field) const;
    void setValue(Field field, const QVariant &value);
    static QString fieldName(Field field); // translated label

    bool operator==(const WorkshopMetadata &other) const;
    bool operator!=(const WorkshopMetadata &other) const { return !(*this == other); }
};

} // namespace Takt
