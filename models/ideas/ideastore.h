#pragma once

#include "document/namedregister.h"
#include "document/registerstore.h"
#include "document/sourcelinks.h"
#include "dotvoting.h"
#include "kaizenidea.h"

namespace Takt {

/**
 * The kaizen ideas of one document and their rounds of dot voting. An idea's number is its
 * place in the list, as the room calls it ("three dots for number 4"); a round's tally stays
 * hidden until it is revealed, and a closed round keeps its tally. Each change is one undo
 * step; a dot that would exceed a voter's dots is refused with the reason.
 */
class IdeaStore : public RegisterStore<NamedRegister, KaizenIdea>
{
    Q_OBJECT

public:
    IdeaStore(Document &document, const ArtefactKind &kind);

    static IdeaStore *of(const Document &document);

    const EntityList<KaizenIdea> &ideas() const { return rows(); }
    const EntityList<VotingRound> &rounds() const { return m_rounds; }
    EntityList<VotingRound> &roundList() { return m_rounds; }
    const EntityList<DotVote> &votes() const { return m_votes; }
    /** 1 for the first idea: what the room calls it by. */
    int numberOf(EntityId idea) const { return ideas().indexOf(idea) + 1; }
    EntityId ideaNumbered(int number) const;

    QUndoCommand *addIdeas(const QList<KaizenIdea> &ideas);
    QUndoCommand *removeIdeas(const QSet<EntityId> &ids);
    QString aboutName(const KaizenIdea &idea) const { return m_about.nameOf(idea.id, idea.about); }
    EntityId aboutOf(EntityId idea) const { return m_about.sourceOf(idea); }
    /** The ideas about @p entity (a kaizen burst, a step): the other way of the link. */
    QList<EntityId> ideasAbout(EntityId entity) const;
    QUndoCommand *changeAbout(EntityId idea, const QString &text);
    /** Both scores at once, as the 2×2 drags them: one undo step. */
    QUndoCommand *rescore(EntityId idea, int impact, int effort);
    /** @p idea handed on as an action, linked to it, and accepted: one undo step. */
    QUndoCommand *toAction(EntityId idea);
    /** Every tag in use, sorted: what a Tags cell offers. */
    QStringList tags() const;

    /** The round being voted or revealed (not closed); 0 for none. */
    EntityId currentRound() const;
    EntityId lastClosedRound() const;
    QUndoCommand *newRound(const QString &name, int dotsEach);
    int dotsGiven(EntityId round, const QString &voter) const;
    /** One dot from @p voter to @p idea; null with @p why when it cannot be given. */
    QUndoCommand *castDot(EntityId round, const QString &voter, EntityId idea, QString *why);
    /** @p idea's tally in @p round set to @p total (counted from a wall of dots). */
    QUndoCommand *setTotal(EntityId round, EntityId idea, int total, QString *why);
    int tallyOf(EntityId round, EntityId idea) const;
    QUndoCommand *changeRoundState(EntityId round, VotingRound::State state);

    QString summary(EntityId id) const override;
    bool load(SqlConnection &db, QString *error) override;
    bool isDirty() const override;
    bool flush(SqlConnection &db, QString *error) override;
    void markStored() override;

private:
    const DotVote *voteOf(EntityId round, const QString &voter, EntityId idea) const;

    EntityList<VotingRound> m_rounds;
    EntityList<DotVote> m_votes;
    SourceLinks m_about;
};

} // namespace Takt
