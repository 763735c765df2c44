#include "workshopmetadata.h"

#include <QCoreApplication>

namespace Takt {

QVariant WorkshopMetadata::value(Field field) const
{
    switch (field) {
    case Field::Title:
        return title;
    case Field::Organisation:
        return organisation;
    case Field::StartDate:
        return startDate;
    case Field::EndDate:
        return endDate;
    case Field::Location:
        return location;
    case Field::Facilitators:
        return facilitators;
    case Field::Objective:
        return objective;
    case Field::Notes:
        return notes;
    }
    return {};
}

void WorkshopMetadata::setValue(Field field, const QVariant &value)
{
    switch (field) {
    case Field::Title:
        title = value.toString();
        break;
    case Field::Organisation:
        organisation = value.toString();
        break;
    case Field::StartDate:
        startDate = value.toDate();
        break;
    case Field::EndDate:
        endDate = value.toDate();
        break;
    case Field::Location:
        location = value.toString();
        break;
    case Field::Facilitators:
        facilitators = value.toString();
        break;
    case Field::Objective:
        objective = value.toString();
        break;
    case Field::Notes:
        notes = value.toString();
        break;
    }
}

QString WorkshopMetadata::fieldName(Field field)
{
    switch (field) {
    case Field::Title:
        return QCoreApplication::translate("WorkshopMetadata", "Title");
    case Field::Organisation:
        return QCoreApplication::translate("WorkshopMetadata", "Team");
    case Field::StartDate:
        return QCoreApplication::translate("WorkshopMetadata", "Start date");
    case Field::EndDate:
        return QCoreApplication::translate("WorkshopMetadata", "End date");
    case Field::Location:
        return QCoreApplication::translate("WorkshopMetadata", "Location");
    case Field::Facilitators:
        return QCoreApplication::translate("WorkshopMetadata", "Facilitators");
    case Field::Objective:
        return QCoreApplication::translate("WorkshopMetadata", "Objective");
    case Field::Notes:
        return QCoreApplication::translate("WorkshopMetadata", "Notes");
    }
    return {};
}

bool WorkshopMetadata::operator==(const WorkshopMetadata &o) const
{
    return title == o.title && organisation == o.organisation && startDate == o.startDate
        && endDate == o.endDate && location == o.location && facilitators == o.facilitators
        && objective == o.objective && notes == o.notes;
}

} // namespace Takt
