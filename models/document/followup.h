#pragma once

#include "core/entityid.h"

#include <QDate>
#include <QList>
#include <QString>

class QUndoCommand;

namespace Takt {

class Document;

/**
 * What one artefact hands on to another kind, in one step and keeping the link: an idea, a
 * decision, a parked topic or a countermeasure turned into an action; a parked topic carried to
 * the next day's agenda; a fishbone's cause asked why of in a 5 Whys (RootCauseAnalysis: the
 * cause as the problem, the notes as its setting). The kind that takes it is found through the
 * stores (ArtefactStore::addFollowUp), so that neither kind names the other.
 */
struct FollowUp
{
    enum class Kind { Action, AgendaItem, RootCauseAnalysis };

    Kind kind = Kind::Action;
    QString what;
    QString owner;
    QDate due;
    int day = 0; // an agenda item's day; 0: the day after the last one with items
    EntityId source = 0; // what it follows from; linked to the new row
    QString notes;
};

namespace FollowUps {

/** Whether a kind of @p document takes follow-ups of @p kind. */
bool canTake(const Document &document, FollowUp::Kind kind);
/** @p followUp added, as children of @p command; the new row's id, or 0 when no kind takes it. */
EntityId add(Document &document, const FollowUp &followUp, QUndoCommand *command);
/** The rows that follow from @p source, of any kind. */
QList<EntityId> of(const Document &document, EntityId source);

} // namespace FollowUps

} // namespace Takt
