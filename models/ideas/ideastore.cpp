#include "ideastore.h"

#include "core/changefield.h"

#include <QSet>

namespace Takt {

namespace {
TableStore roundTable(SqlConnection &db)
{
    return ListStore::table(db, QStringLiteral("voting_rounds"), VotingRound::fields(),
                            QStringLiteral("register_id"));
}

TableStore voteTable(SqlConnection &db)
{
    return ListStore::table(db, QStringLiteral("dot_votes"), DotVote::fields(),
                            QStringLiteral("register_id"));
}
} // namespace

IdeaStore::IdeaStore(Document &document, const ArtefactKind &kind)
    : RegisterStore(document,
                    kind,
                    {QStringLiteral("idea_boards"), QStringLiteral("kaizen_ideas")},
                    [](const KaizenIdea &i) { return i.title; })
    , m_rounds(VotingRound::fields(), [](const VotingRound &r) { return r.name; })
    , m_votes(DotVote::fields(), [](const DotVote &v) { return v.voter; })
    , m_about(document, QStringLiteral("about"))
{
    for (EntityListBase *list :
         {static_cast<EntityListBase *>(&m_rounds), static_cast<EntityListBase *>(&m_votes)}) {
        connect(list, &EntityListBase::modified, this, &ArtefactStore::modified);
        connect(list, &EntityListBase::modified, this,
                [this] { Q_EMIT outlineChanged(registerId()); });
    }
}

IdeaStore *IdeaStore::of(const Document &document)
{
    return document.store<IdeaStore>();
}

EntityId IdeaStore::ideaNumbered(int number) const
{
    return number >= 1 && number <= ideas().count() ? ideas().idAt(number - 1) : 0;
}

QUndoCommand *IdeaStore::addIdeas(const QList<KaizenIdea> &ideas)
{
    QUndoCommand *command = addRows(ideas, tr("Add %n idea(s)", nullptr, int(ideas.size())));
    for (const KaizenIdea &i : ideas)
        m_about.link(i.id, i.about, command);
    return command;
}

QUndoCommand *IdeaStore::removeIdeas(const QSet<EntityId> &ids)
{
    QUndoCommand *command = removeRows(ids, tr("Delete %n idea(s)", nullptr, int(ids.size())));
    QSet<EntityId> votes; // their dots go with them, and come back on undo
    for (const DotVote &v : m_votes.items())
        if (ids.contains(v.idea))
            votes.insert(v.id);
    if (!votes.isEmpty())
        new RemoveEntities<DotVote>(&m_votes, votes, command);
    return command;
}

QList<EntityId> IdeaStore::ideasAbout(EntityId entity) const
{
    // The role "about" is shared with the agenda and the decisions: only the ideas here.
    QList<EntityId> ideas;
    for (EntityId id : m_about.rowsOf(entity))
        if (rows().contains(id))
            ideas << id;
    return ideas;
}

QUndoCommand *IdeaStore::changeAbout(EntityId idea, const QString &text)
{
    return m_about.change(&rowList(), idea, int(KaizenIdea::Field::About), text,
                          tr("Change About"));
}

QUndoCommand *IdeaStore::rescore(EntityId idea, int impact, int effort)
{
    const KaizenIdea *i = row(idea);
    if (!i)
        return nullptr;
    auto *command = new QUndoCommand(tr("Re-score “%1”").arg(i->title));
    new ChangeField(&rowList(), idea, int(KaizenIdea::Field::Impact),
                    qBound(1, impact, KaizenIdea::MaxScore), command);
    new ChangeField(&rowList(), idea, int(KaizenIdea::Field::Effort),
                    qBound(1, effort, KaizenIdea::MaxScore), command);
    return command;
}

QUndoCommand *IdeaStore::toAction(EntityId idea)
{
    const KaizenIdea *i = row(idea);
    if (!i || !FollowUps::canTake(document(), FollowUp::Kind::Action))
        return nullptr;
    auto *command = new QUndoCommand(tr("Turn “%1” into an Action").arg(i->title));
    FollowUp followUp;
    followUp.what = i->title;
    followUp.source = idea;
    followUp.notes = i->change.isEmpty()
        ? i->description
        : tr("Expected: %1 %2").arg(i->figure, i->change).trimmed();
    FollowUps::add(document(), followUp, command);
    if (i->status == KaizenIdea::Status::Proposed)
        new ChangeField(&rowList(), idea, int(KaizenIdea::Field::Status),
                        int(KaizenIdea::Status::Accepted), command);
    return command;
}

QStringList IdeaStore::tags() const
{
    QSet<QString> seen;
    QStringList all;
    for (const KaizenIdea &i : ideas().items())
        for (const QString &tag : i.tagList())
            if (!seen.contains(tag.toCaseFolded())) {
                seen.insert(tag.toCaseFolded());
                all << tag;
            }
    all.sort(Qt::CaseInsensitive);
    return all;
}

EntityId IdeaStore::currentRound() const
{
    for (int i = m_rounds.count() - 1; i >= 0; --i)
        if (m_rounds.items().at(i).state != VotingRound::State::Closed)
            return m_rounds.items().at(i).id;
    return 0;
}

EntityId IdeaStore::lastClosedRound() const
{
    for (int i = m_rounds.count() - 1; i >= 0; --i)
        if (m_rounds.items().at(i).state == VotingRound::State::Closed)
            return m_rounds.items().at(i).id;
    return 0;
}

QUndoCommand *IdeaStore::newRound(const QString &name, int dotsEach)
{
    VotingRound round;
    round.id = document().newId();
    round.name = name;
    round.dotsEach = qMax(1, dotsEach);
    auto *command = new AddEntities<VotingRound>(&m_rounds, {round});
    command->setText(tr("Start the Round “%1”").arg(name));
    return command;
}

int IdeaStore::dotsGiven(EntityId round, const QString &voter) const
{
    int dots = 0;
    for (const DotVote &v : m_votes.items())
        if (v.round == round && v.voter.compare(voter, Qt::CaseInsensitive) == 0)
            dots += v.dots.value_or(0);
    return dots;
}

const DotVote *IdeaStore::voteOf(EntityId round, const QString &voter, EntityId idea) const
{
    for (const DotVote &v : m_votes.items())
        if (v.round == round && v.idea == idea && v.voter.compare(voter, Qt::CaseInsensitive) == 0)
            return &v;
    return nullptr;
}

QUndoCommand *IdeaStore::castDot(EntityId round, const QString &voter, EntityId idea, QString *why)
{
    const VotingRound *r = m_rounds.find(round);
    const KaizenIdea *i = row(idea);
    if (!r || r->state != VotingRound::State::Open || !i) {
        *why = !i ? tr("There is no such idea.") : tr("No round is open for voting.");
        return nullptr;
    }
    if (voter.trimmed().isEmpty()) {
        *why = tr("Choose who is voting first.");
        return nullptr;
    }
    if (dotsGiven(round, voter) >= r->dots()) {
        *why = tr("%1 has given all %2 dots.").arg(voter).arg(r->dots());
        return nullptr;
    }
    // Each dot a step of its own (a ChangeField alone would merge with the one before).
    // Named in the undo history without its voter or idea: the tally is secret until revealed.
    auto *command = new QUndoCommand(tr("Give a Dot in %1").arg(r->name));
    if (const DotVote *v = voteOf(round, voter, idea)) {
        new ChangeField(&m_votes, v->id, int(DotVote::Field::Dots), v->dots.value_or(0) + 1,
                        command);
    } else {
        DotVote vote {document().newId(), round, voter.trimmed(), idea, 1};
        new AddEntities<DotVote>(&m_votes, {vote}, -1, command);
    }
    return command;
}

QUndoCommand *IdeaStore::setTotal(EntityId round, EntityId idea, int total, QString *why)
{
    const VotingRound *r = m_rounds.find(round);
    if (!r || r->state == VotingRound::State::Closed || !row(idea)) {
        *why = tr("No round is open for voting.");
        return nullptr;
    }
    // The named voters' dots stand; the rest of the total is nobody's in particular.
    const DotVote *typed = voteOf(round, QString(), idea);
    const int named = tallyOf(round, idea) - (typed ? typed->dots.value_or(0) : 0);
    if (total < named) {
        *why = tr("%1 dots are already given by name; the total cannot be less.").arg(named);
        return nullptr;
    }
    auto *command = new QUndoCommand(tr("Type the Dots of Idea %1").arg(numberOf(idea)));
    if (typed) {
        new ChangeField(&m_votes, typed->id, int(DotVote::Field::Dots), total - named, command);
    } else {
        DotVote vote {document().newId(), round, QString(), idea, total - named};
        new AddEntities<DotVote>(&m_votes, {vote}, -1, command);
    }
    return command;
}

int IdeaStore::tallyOf(EntityId round, EntityId idea) const
{
    int dots = 0;
    for (const DotVote &v : m_votes.items())
        if (v.round == round && v.idea == idea)
            dots += v.dots.value_or(0);
    return dots;
}

QUndoCommand *IdeaStore::changeRoundState(EntityId round, VotingRound::State state)
{
    // Revealing and closing are two steps: undoing the close leaves the tally shown.
    auto *command = new QUndoCommand(state == VotingRound::State::Revealed ? tr("Reveal the Votes")
                                                                           : tr("Close the Round"));
    new ChangeField(&m_rounds, round, int(VotingRound::Field::State), int(state), command);
    return command;
}

QString IdeaStore::summary(EntityId id) const
{
    if (id != registerId())
        return {};
    int quickWins = 0;
    for (const KaizenIdea &i : ideas().items())
        quickWins += i.isQuickWin();
    QString text
        = tr("%n idea(s), %1 quick wins", nullptr, int(ideas().items().size())).arg(quickWins);
    if (const VotingRound *r = m_rounds.find(currentRound()))
        text += r->state == VotingRound::State::Open ? tr("; voting in %1").arg(r->name)
                                                     : tr("; %1 revealed").arg(r->name);
    return text;
}

bool IdeaStore::load(SqlConnection &db, QString *error)
{
    if (!RegisterStore::load(db, error))
        return false;
    TableStore rounds = roundTable(db);
    TableStore votes = voteTable(db);
    QList<VotingRound> readRounds;
    QList<DotVote> readVotes;
    const bool ok = ListStore::read(rounds, VotingRound::fields(),
                                    [&](EntityId, const VotingRound &r) {
                                        readRounds << r;
                                        return true;
                                    })
        && ListStore::read(votes, DotVote::fields(), [&](EntityId, const DotVote &v) {
                        readVotes << v;
                        return true;
                    });
    if (!ok) {
        if (error)
            *error = rounds.errorText().isEmpty() ? votes.errorText() : rounds.errorText();
        return false;
    }
    m_rounds.load(readRounds);
    m_votes.load(readVotes);
    return true;
}

bool IdeaStore::isDirty() const
{
    return RegisterStore::isDirty() || m_rounds.isDirty() || m_votes.isDirty();
}

bool IdeaStore::flush(SqlConnection &db, QString *error)
{
    if (!RegisterStore::flush(db, error))
        return false;
    TableStore rounds = roundTable(db);
    TableStore votes = voteTable(db);
    const bool ok = ListStore::flush(rounds, m_rounds, registerId())
        && ListStore::flush(votes, m_votes, registerId());
    if (!ok && error)
        *error = rounds.errorText().isEmpty() ? votes.errorText() : rounds.errorText();
    return ok;
}

void IdeaStore::markStored()
{
    RegisterStore::markStored();
    m_rounds.markStored();
    m_votes.markStored();
}

} // namespace Takt
