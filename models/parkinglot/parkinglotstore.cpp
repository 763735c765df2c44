#include "parkinglotstore.h"

#include "core/changefield.h"
#include "document/workshopmetadata.h"

namespace Takt {

ParkingLotStore::ParkingLotStore(Document &document, const ArtefactKind &kind)
    : RegisterStore(document,
                    kind,
                    {QStringLiteral("parking_lots"), QStringLiteral("parked_topics")},
                    [](const ParkedTopic &t) { return t.topic; })
{ }

ParkingLotStore *ParkingLotStore::of(const Document &document)
{
    return document.store<ParkingLotStore>();
}

QUndoCommand *ParkingLotStore::addTopics(const QList<ParkedTopic> &topics)
{
    return addRows(topics, tr("Park %n topic(s)", nullptr, int(topics.size())));
}

QUndoCommand *ParkingLotStore::removeTopics(const QSet<EntityId> &ids)
{
    return removeRows(ids, tr("Delete %n topic(s)", nullptr, int(ids.size())));
}

int ParkingLotStore::count(ParkedTopic::Outcome outcome) const
{
    int n = 0;
    for (const ParkedTopic &t : topics().items())
        n += t.outcome == outcome;
    return n;
}

QUndoCommand *ParkingLotStore::handOn(EntityId topic, FollowUp::Kind kind)
{
    const ParkedTopic *t = row(topic);
    if (!t || !FollowUps::canTake(document(), kind))
        return nullptr;
    const bool action = kind == FollowUp::Kind::Action;
    auto *command = new QUndoCommand(action ? tr("Turn “%1” into an Action").arg(t->topic)
                                            : tr("Carry “%1” to the Agenda").arg(t->topic));
    FollowUp followUp;
    followUp.kind = kind;
    followUp.what = t->topic;
    followUp.owner = t->raisedBy;
    followUp.source = topic;
    followUp.notes = t->notes;
    // The next day's agenda: the day after the one the topic was raised on.
    const QDate start = document().metadata().startDate;
    if (!action && start.isValid() && t->raised.isValid() && t->raised >= start)
        followUp.day = int(start.daysTo(t->raised)) + 2;
    FollowUps::add(document(), followUp, command);
    new ChangeField(&rowList(), topic, int(ParkedTopic::Field::Outcome),
                    int(action ? ParkedTopic::Outcome::Action : ParkedTopic::Outcome::Carried),
                    command);
    return command;
}

QString ParkingLotStore::summary(EntityId id) const
{
    if (id != registerId())
        return {};
    return tr("%n topic(s), %1 open", nullptr, int(topics().items().size()))
        .arg(count(ParkedTopic::Outcome::Open));
}

} // namespace Takt
