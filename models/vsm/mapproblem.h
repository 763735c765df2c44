#pragma once

#include "core/entityid.h"
#include "document/followup.h"

#include <QCoreApplication>
#include <optional>

namespace Takt {

class ValueStreamMap;
struct MapMetrics;

/**
 * Where a map shows a problem worth asking why of: a kaizen burst, a quality-problem icon, or
 * a process step whose cycle time is over takt. The problem statement quotes the map's figure
 * ("Labeling: cycle time 6 h over the takt time of 4 h"), as the start of a 5 Whys linked to
 * the element (a FollowUp of the kind RootCauseAnalysis).
 */
class MapProblem
{
    Q_DECLARE_TR_FUNCTIONS(MapProblem)

public:
    /** The 5 Whys to start from @p element; none where the element shows no problem. */
    static std::optional<FollowUp>
    of(const ValueStreamMap &map, const MapMetrics &metrics, EntityId element);
};

} // namespace Takt
