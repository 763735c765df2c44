#include "dotvoting.h"

namespace Takt {

const FieldTable<VotingRound> &VotingRound::fields()
{
    using F = VotingRound::Field;
    using Table = FieldTable<VotingRound>;
    FieldDef dots {int(F::DotsEach), "dots_each", FieldType::WholeNumber,
                   QT_TRANSLATE_NOOP("VotingRound", "Dots each"), "dots_each"};
    dots.minimum = 1;
    dots.maximum = 99;
    FieldDef state {int(F::State), "state", FieldType::Choice,
                    QT_TRANSLATE_NOOP("VotingRound", "State"), "state"};
    state.choices
        = {{int(State::Open), "open", QT_TRANSLATE_NOOP("VotingRound", "open")},
           {int(State::Revealed), "revealed", QT_TRANSLATE_NOOP("VotingRound", "revealed")},
           {int(State::Closed), "closed", QT_TRANSLATE_NOOP("VotingRound", "closed")}};
    state.optional = false;
    static const Table table(
        "VotingRound",
        {Table::member(FieldDef {int(F::Name), "name", FieldType::Text,
                                 QT_TRANSLATE_NOOP("VotingRound", "Round"), "name"},
                       &VotingRound::name),
         Table::member(dots, &VotingRound::dotsEach), Table::member(state, &VotingRound::state)});
    return table;
}

const FieldTable<DotVote> &DotVote::fields()
{
    using F = DotVote::Field;
    using Table = FieldTable<DotVote>;
    FieldDef voter {int(F::Voter), "voter", FieldType::Text, QT_TRANSLATE_NOOP("DotVote", "Voter"),
                    "voter"};
    voter.person = true;
    static const Table table(
        "DotVote",
        {Table::member(FieldDef {int(F::Round), "round", FieldType::Reference, nullptr, "round_id"},
                       &DotVote::round),
         Table::member(voter, &DotVote::voter),
         Table::member(FieldDef {int(F::Idea), "idea", FieldType::Reference, nullptr, "idea_id"},
                       &DotVote::idea),
         Table::member(FieldDef {int(F::Dots), "dots", FieldType::WholeNumber,
                                 QT_TRANSLATE_NOOP("DotVote", "Dots"), "dots"},
                       &DotVote::dots)});
    return table;
}

} // namespace Takt
