#pragma once

#include "core/entitylist.h"
#include "document/artefactstore.h"
#include "document/listoutline.h"
#include "document/sourcelinks.h"
#include "fivewhystree.h"

#include <QDate>
#include <QHash>

class QUndoCommand;

namespace Takt {

/**
 * The 5 Whys analyses of one document, their causes and countermeasures: the kind's store.
 * A cause's place among its siblings is its place in the list; its parent changes only by a
 * MoveTreeNode (a removal and an insertion), so that every view of the tree follows from the
 * list's signals. Each gesture is one of the commands below, pushed by the caller.
 */
class FiveWhysStore : public ArtefactStore
{
    Q_OBJECT

public:
    FiveWhysStore(Document &document, const ArtefactKind &kind);

    static FiveWhysStore *of(const Document &document);

    EntityList<FiveWhysAnalysis> &analysisList() { return m_analyses; }
    EntityList<WhyCause> &causeList() { return m_causes; }
    EntityList<Countermeasure> &countermeasureList() { return m_countermeasures; }
    const EntityList<WhyCause> &causes() const { return m_causes; }
    const FiveWhysAnalysis *analysis(EntityId id) const { return m_analyses.find(id); }
    const WhyCause *cause(EntityId id) const { return m_causes.find(id); }
    const Countermeasure *countermeasure(EntityId id) const { return m_countermeasures.find(id); }

    /** The causes under @p parent (0: the problem's own) of @p analysis, in order. */
    QList<EntityId> childrenOf(EntityId analysis, EntityId parent) const;
    QList<EntityId> countermeasuresOf(EntityId cause) const;
    /** @p cause and everything below it, parents before children. */
    QList<EntityId> subtree(EntityId cause) const;
    /** 1 for a cause of the problem itself. */
    int depthOf(EntityId cause) const;
    /** The analysis as a tree (top causes with parent 0): what the JSON, the guidance and
     *  the diagram read. */
    FiveWhysTree tree(EntityId analysis) const;

    QUndoCommand *addAnalysis(const FiveWhysTree &tree, const QString &text) const;
    QUndoCommand *removeAnalysis(EntityId analysis);
    /** A new cause under @p parent at @p row among its siblings (-1: last). */
    QUndoCommand *addCause(const WhyCause &cause, int row = -1);
    /** @p cause, its causes, their countermeasures and links gone. */
    QUndoCommand *removeCause(EntityId cause);
    /** @p cause under @p parent at @p row among the other siblings; null where it cannot go
     *  (into itself or below itself). */
    QUndoCommand *moveCause(EntityId cause, EntityId parent, int row);
    /** Up (-1) or down (+1) among its siblings; null at the end. */
    QUndoCommand *moveCauseBy(EntityId cause, int delta);
    /** Under the sibling before it, as its last cause (Tab); null for a first sibling. */
    QUndoCommand *indentCause(EntityId cause);
    /** A sibling of its parent, just after it (Shift+Tab); null for a top cause. */
    QUndoCommand *outdentCause(EntityId cause);
    /** @p from folded into @p into: its causes and countermeasures move there, its text and
     *  evidence join the evidence, its root-cause mark carries over, and it goes. */
    QUndoCommand *mergeCause(EntityId from, EntityId into);
    QUndoCommand *setRootCause(EntityId cause, bool root);
    /** The evidence status, stamped with who (if given) and @p on. */
    QUndoCommand *setStatus(EntityId cause, WhyCause::Status status, const QDate &on);
    /** hypothesis → confirmed → ruled out → hypothesis. */
    static WhyCause::Status nextStatus(WhyCause::Status status);
    QUndoCommand *addCountermeasure(const Countermeasure &countermeasure);
    QUndoCommand *removeCountermeasure(EntityId countermeasure);
    /** @p countermeasure as a tracked action, linked to it (FollowUps); null when no kind
     *  takes actions. */
    QUndoCommand *toAction(EntityId countermeasure);

    /** A 5 Whys asking why a follow-up's "what" happens (a fishbone's cause): the analysis is
     *  linked to what it explains. */
    bool takesFollowUps(FollowUp::Kind kind) const override
    {
        return kind == FollowUp::Kind::RootCauseAnalysis;
    }
    EntityId addFollowUp(const FollowUp &followUp, QUndoCommand *command) override;
    QList<EntityId> followUpsOf(EntityId source) const override;
    /** The map figure @p cause's evidence rests on (link role "evidence:<figure>"), as the
     *  map has it now; none when it is not linked, or the figure is gone. */
    std::optional<MeasurableFigure> evidenceFigure(EntityId cause) const;
    /** One undo step: @p cause's evidence linked to @p key of @p target instead (none when
     *  @p target is 0); null when nothing would change. */
    QUndoCommand *linkEvidence(EntityId cause, EntityId target, const QString &key);

    QList<RootCause> rootCauses(EntityId analysis) const override;
    /** Each confirmed root cause of @p analysis back to a hypothesis, @p reason added to its
     *  evidence: the check says the cause, or its link to the problem, did not hold. */
    bool doubtRootCauses(EntityId analysis,
                         const QString &reason,
                         const QDate &on,
                         QUndoCommand *command) override;

    /** What @p analysis was started from (a fishbone's cause), or 0. */
    EntityId explains(EntityId analysis) const { return m_explains.sourceOf(analysis); }

    bool load(SqlConnection &db, QString *error) override;
    bool isDirty() const override;
    bool flush(SqlConnection &db, QString *error) override;
    void markStored() override;

    QList<EntityId> artefacts() const override { return m_outline.children(0); }
    QString artefactName(EntityId id) const override;
    QString summary(EntityId id) const override;
    bool contains(EntityId id) const override;
    EntityId artefactOf(EntityId id) const override;
    QString entityName(EntityId id) const override;
    QVariant outlineData(EntityId id, int role) const override;

private:
    void rebuildChildren() const;

    EntityList<FiveWhysAnalysis> m_analyses;
    EntityList<WhyCause> m_causes;
    EntityList<Countermeasure> m_countermeasures;
    ListOutline<FiveWhysAnalysis> m_outline;
    SourceLinks m_explains; // analysis → what it asks why of
    // Children by parent (the analysis's id for its top causes), rebuilt after a change.
    mutable QHash<EntityId, QList<EntityId>> m_children;
    mutable bool m_childrenValid = false;
    EntityId m_removedFrom = 0; // the analysis of the cause being removed
};

} // namespace Takt
