#pragma once

#include "document/registerstore.h"
#include "participant.h"

namespace Takt {

/** The attendance of one document: who took part, in which role and team, on which days.
 *  Its participants are the people every other kind offers where a person is named. */
class AttendanceStore : public RegisterStore<AttendanceRegister, Participant>
{
    Q_OBJECT

public:
    AttendanceStore(Document &document, const ArtefactKind &kind);

    static AttendanceStore *of(const Document &document);

    const EntityList<Participant> &participants() const { return rows(); }
    int dayCount() const;
    int presentOn(int day) const;

    /** Those of @p people whose name is not here yet (nor twice in @p people). */
    QList<Participant> newcomers(const QList<Participant> &people) const;
    QUndoCommand *addParticipants(const QList<Participant> &people, int index = -1);
    QUndoCommand *removeParticipants(const QSet<EntityId> &ids);
    /** The workshop as @p days days long, as one undo step. */
    QUndoCommand *changeDays(int days);

    QString summary(EntityId id) const override;
    QStringList people() const override;
};

} // namespace Takt
