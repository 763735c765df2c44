#pragma once

#include "core/entityid.h"
#include "core/fieldtable.h"

#include <QDate>
#include <QString>

namespace Takt {

/** A topic the room parks to keep to the agenda: who raised it, when, and what became of it. */
struct ParkedTopic
{
    enum class Field { Topic, RaisedBy, Raised, Outcome, Notes };
    /** Still parked; settled in the room; handed on as an action; carried to the next day. */
    enum class Outcome { Open, Resolved, Action, Carried };

    EntityId id = 0;
    QString topic;
    QString raisedBy;
    QDate raised;
    Outcome outcome = Outcome::Open;
    QString notes;

    static const FieldTable<ParkedTopic> &fields();
};

} // namespace Takt
