#pragma once

#include "document/namedregister.h"
#include "document/registerstore.h"
#include "parkedtopic.h"

namespace Takt {

/** The parking lot of one document: the topics parked, and what became of each. A topic
 *  handed on (an action, the next day's agenda) is linked to what it became. */
class ParkingLotStore : public RegisterStore<NamedRegister, ParkedTopic>
{
    Q_OBJECT

public:
    ParkingLotStore(Document &document, const ArtefactKind &kind);

    static ParkingLotStore *of(const Document &document);

    const EntityList<ParkedTopic> &topics() const { return rows(); }
    QUndoCommand *addTopics(const QList<ParkedTopic> &topics);
    QUndoCommand *removeTopics(const QSet<EntityId> &ids);
    int count(ParkedTopic::Outcome outcome) const;

    /** @p topic handed on as @p kind (an action, an agenda item) and marked so, as one undo
     *  step; null when no kind takes it. */
    QUndoCommand *handOn(EntityId topic, FollowUp::Kind kind);

    QString summary(EntityId id) const override;
};

} // namespace Takt
