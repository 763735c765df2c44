#pragma once

#include "core/entityid.h"
#include "core/fieldtable.h"

#include <QDate>
#include <QString>

namespace Takt {

/** One decision of the workshop: what was decided, by whom, when, and what it is about (an
 *  artefact or a part of one, by name, linked when it names one). */
struct Decision
{
    enum class Field { What, DecidedBy, Date, About, Notes };

    EntityId id = 0;
    QString what;
    QString decidedBy;
    QDate date;
    QString about; // as typed; DecisionStore links it to what it names
    QString notes;

    static const FieldTable<Decision> &fields();
};

} // namespace Takt
