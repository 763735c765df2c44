#pragma once

#include "actionitem.h"
#include "core/entitylist.h"
#include "document/artefactstore.h"
#include "document/listoutline.h"
#include "document/sourcelinks.h"

namespace Takt {

/**
 * The action register of one document: the actions kind's store. A document has one
 * register, made with it (or on opening a file from before the register); its actions are
 * rows of their own, in register order.
 */
class ActionStore : public ArtefactStore
{
    Q_OBJECT

public:
    ActionStore(Document &document, const ArtefactKind &kind);

    static ActionStore *of(const Document &document);

    EntityId registerId() const;
    const EntityList<ActionItem> &actions() const { return m_actions; }
    EntityList<ActionItem> &actionList() { return m_actions; }
    const ActionItem *action(EntityId id) const { return m_actions.find(id); }

    /** @p actions appended to the register, as one undo step (@p parent: within another). */
    QUndoCommand *addActions(const QList<ActionItem> &actions, QUndoCommand *parent = nullptr);
    /** The entity @p action's source is linked to (a step, a KPI, a map), if any. */
    EntityId sourceOf(EntityId action) const;
    /** The source as it reads now: the linked entity's current name, or the text typed. */
    QString sourceName(const ActionItem &action) const;
    /** The actions as a file takes them: each source by its current name. */
    QList<ActionItem> forExport() const;
    /** @p action's source set to @p text and linked to what it names, as one undo step. */
    QUndoCommand *changeSource(EntityId action, const QString &text);
    /** The role of the link from an action to its source. */
    static inline const QString SourceRole = QStringLiteral("source");

    /** @p ids gone with their links, as one undo step. */
    QUndoCommand *removeActions(const QSet<EntityId> &ids);

    bool takesFollowUps(FollowUp::Kind kind) const override
    {
        return kind == FollowUp::Kind::Action;
    }
    EntityId addFollowUp(const FollowUp &followUp, QUndoCommand *command) override;
    QList<EntityId> followUpsOf(EntityId source) const override;

    bool load(SqlConnection &db, QString *error) override;
    bool isDirty() const override;
    bool flush(SqlConnection &db, QString *error) override;
    void markStored() override;

    QList<EntityId> artefacts() const override { return m_outline.children(0); }
    QString artefactName(EntityId id) const override;
    QString entityName(EntityId id) const override;
    EntityId artefactOf(EntityId id) const override;
    QString summary(EntityId id) const override;
    bool contains(EntityId id) const override;
    QVariant outlineData(EntityId id, int role) const override;

private:
    EntityList<ActionRegister> m_registers;
    EntityList<ActionItem> m_actions;
    ListOutline<ActionRegister> m_outline;
    SourceLinks m_sources; // action → its source
};

} // namespace Takt
