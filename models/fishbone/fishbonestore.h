#pragma once

#include "core/entitylist.h"
#include "document/artefactstore.h"
#include "document/listoutline.h"
#include "fishbonetree.h"

#include <QHash>

class QUndoCommand;

namespace Takt {

/**
 * The fishbone diagrams of one document, their categories (bones) and causes: the kind's
 * store. A cause's parent is its category or the cause it explains; its place among its
 * siblings is its place in the list, and its parent changes only by a MoveTreeNode, so that
 * every view follows from the list's signals. Each gesture is one of the commands below,
 * pushed by the caller.
 */
class FishboneStore : public ArtefactStore
{
    Q_OBJECT

public:
    FishboneStore(Document &document, const ArtefactKind &kind);

    static FishboneStore *of(const Document &document);

    EntityList<FishboneDiagram> &diagramList() { return m_diagrams; }
    EntityList<FishboneCategory> &categoryList() { return m_categories; }
    EntityList<FishboneCause> &causeList() { return m_causes; }
    const EntityList<FishboneCause> &causes() const { return m_causes; }
    const FishboneDiagram *diagram(EntityId id) const { return m_diagrams.find(id); }
    const FishboneCategory *category(EntityId id) const { return m_categories.find(id); }
    const FishboneCause *cause(EntityId id) const { return m_causes.find(id); }

    /** @p diagram's bones, in order. */
    QList<EntityId> categoriesOf(EntityId diagram) const;
    /** The causes on a bone or under a cause: @p parent's, in order. */
    QList<EntityId> childrenOf(EntityId parent) const;
    /** @p cause and everything below it, parents before children. */
    QList<EntityId> subtree(EntityId cause) const;
    /** The diagram as a tree, with the names of the 5 Whys its causes started. */
    FishboneTree tree(EntityId diagram) const;

    QUndoCommand *addDiagram(const FishboneTree &tree, const QString &text) const;
    QUndoCommand *removeDiagram(EntityId diagram);
    /** A new bone at @p row among the diagram's (-1: last). */
    QUndoCommand *addCategory(const FishboneCategory &category, int row = -1);
    /** A bone with all its causes. */
    QUndoCommand *removeCategory(EntityId category);
    /** A bone up (-1) or down (+1) the diagram; null at the end. */
    QUndoCommand *moveCategoryBy(EntityId category, int delta);
    /** A new cause under its parent at @p row among its siblings (-1: last). */
    QUndoCommand *addCause(const FishboneCause &cause, int row = -1);
    /** @p cause, its causes and their links gone. */
    QUndoCommand *removeCause(EntityId cause);
    /** @p cause under @p parent (a bone of its diagram or a cause) at @p row among the other
     *  siblings; null where it cannot go (below itself, another diagram). */
    QUndoCommand *moveCause(EntityId cause, EntityId parent, int row);
    QUndoCommand *moveCauseBy(EntityId cause, int delta);
    /** Under the sibling before it (Tab); null for a first sibling. */
    QUndoCommand *indentCause(EntityId cause);
    /** A sibling of its parent cause (Shift+Tab); null on the bone itself. */
    QUndoCommand *outdentCause(EntityId cause);
    QUndoCommand *setLikely(EntityId cause, bool likely);
    /** A 5 Whys asking why @p cause happens, linked to it (FollowUps); null when no kind
     *  takes one. @p analysis is set to the new analysis's id. */
    QUndoCommand *askWhy(EntityId cause, EntityId *analysis);

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
    QUndoCommand *removeAll(const QSet<EntityId> &categories,
                            const QSet<EntityId> &causes,
                            QUndoCommand *command);

    EntityList<FishboneDiagram> m_diagrams;
    EntityList<FishboneCategory> m_categories;
    EntityList<FishboneCause> m_causes;
    ListOutline<FishboneDiagram> m_outline;
    mutable QHash<EntityId, QList<EntityId>> m_children; // by parent, rebuilt after a change
    mutable bool m_childrenValid = false;
    EntityId m_removedFrom = 0; // the diagram of the cause being removed
};

} // namespace Takt
