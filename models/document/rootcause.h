#pragma once

#include "core/entityid.h"

#include <QString>
#include <QStringList>

namespace Takt {

/** A root cause an analysis found and what is to be tried against it, as another artefact
 *  (an A3's countermeasures) shows it without knowing the analysis's kind. */
struct RootCause
{
    EntityId id = 0;
    QString text;
    bool confirmed = false;
    QStringList countermeasures; // each "what (owner, due; expected effect)"
};

} // namespace Takt
