#pragma once

#include "core/entityid.h"
#include "core/fieldtable.h"

#include <QString>

#include <optional>

namespace Takt {

/** A round of dot voting: each participant has so many dots; the tally stays hidden until
 *  the facilitator reveals it, and a closed round is kept with its tally. */
struct VotingRound
{
    enum class Field { Name, DotsEach, State };
    enum class State { Open, Revealed, Closed };

    EntityId id = 0;
    QString name;
    std::optional<int> dotsEach; // per participant
    State state = State::Open;

    static const FieldTable<VotingRound> &fields();
    int dots() const { return qMax(1, dotsEach.value_or(3)); }
    bool showsTally() const { return state != State::Open; }
};

/** Dots given in a round to one idea, by one voter (or, for totals typed from a wall of
 *  sticky dots, by nobody in particular). */
struct DotVote
{
    enum class Field { Round, Voter, Idea, Dots };

    EntityId id = 0;
    EntityId round = 0;
    QString voter; // empty: a total typed in
    EntityId idea = 0;
    std::optional<int> dots;

    static const FieldTable<DotVote> &fields();
};

} // namespace Takt
