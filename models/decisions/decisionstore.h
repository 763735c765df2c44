#pragma once

#include "decision.h"
#include "document/namedregister.h"
#include "document/registerstore.h"
#include "document/sourcelinks.h"

namespace Takt {

/** The decisions log of one document: what the room decided, each linked to what it is about
 *  (a map, a step, a KPI) when its About names one. */
class DecisionStore : public RegisterStore<NamedRegister, Decision>
{
    Q_OBJECT

public:
    DecisionStore(Document &document, const ArtefactKind &kind);

    static DecisionStore *of(const Document &document);

    const EntityList<Decision> &decisions() const { return rows(); }
    QUndoCommand *addDecisions(const QList<Decision> &decisions);
    QUndoCommand *removeDecisions(const QSet<EntityId> &ids);
    /** What @p decision is about, as it reads now (the linked entity's current name). */
    QString aboutName(const Decision &decision) const;
    EntityId aboutOf(EntityId decision) const { return m_about.sourceOf(decision); }
    QUndoCommand *changeAbout(EntityId decision, const QString &text);

    QString summary(EntityId id) const override;

private:
    SourceLinks m_about;
};

} // namespace Takt
