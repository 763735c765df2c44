#include "parkinglotkind.h"

#include "core/changefield.h"
#include "document/document.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUndoStack>

namespace Takt {

QString ParkingLotKind::emptyHint() const
{
    return tr("Park a topic that would derail the agenda: Session ▸ Park a Topic");
}

QList<SchemaStep> ParkingLotKind::schemaSteps() const
{
    return {
        // Format 7: the parking lot.
        {7,
         {QStringLiteral("CREATE TABLE parking_lots ("
                         " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
                         " name TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE TABLE parked_topics ("
                         " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
                         " register_id INTEGER NOT NULL"
                         "  REFERENCES parking_lots(id) ON DELETE CASCADE,"
                         " topic TEXT NOT NULL DEFAULT '', raised_by TEXT NOT NULL DEFAULT '',"
                         " raised TEXT, outcome TEXT NOT NULL DEFAULT 'open'"
                         "  CHECK (outcome IN ('open', 'resolved', 'action', 'carried')),"
                         " notes TEXT NOT NULL DEFAULT '')"),
          QStringLiteral(
              "CREATE INDEX parked_topics_by_register ON parked_topics (register_id, position)")}},
    };
}

bool ParkingLotKind::buildExample(Document &document,
                                  const QJsonObject &workshop,
                                  const QString &,
                                  QString *error) const
{
    // [{"topic": …, "by": …, "date": "YYYY-MM-DD", "outcome": "open|resolved|action|carried"}]
    ParkingLotStore *store = ParkingLotStore::of(document);
    const auto &table = ParkedTopic::fields();
    const auto *outcomeField = table.find(int(ParkedTopic::Field::Outcome));
    int n = 0;
    for (const QJsonValue value : workshop.value(QLatin1String("parking_lot")).toArray()) {
        const QJsonObject o = value.toObject();
        ParkedTopic t;
        t.id = document.newId();
        t.topic = o.value(QLatin1String("topic")).toString();
        t.raisedBy = o.value(QLatin1String("by")).toString();
        t.raised = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
        t.notes = o.value(QLatin1String("notes")).toString();
        ++n;
        if (t.topic.isEmpty()) {
            if (error)
                *error = tr("parking lot topic %1: the topic is empty").arg(n);
            return false;
        }
        document.undoStack()->push(store->addTopics({t}));
        // Handed on as the room did it: the action or the agenda item made and linked.
        const QString outcome = o.value(QLatin1String("outcome")).toString();
        for (const FieldChoice &c : outcomeField->def.choices)
            if (outcome == QLatin1String(c.key)) {
                using O = ParkedTopic::Outcome;
                QUndoCommand *handOn = O(c.value) == O::Action
                    ? store->handOn(t.id, FollowUp::Kind::Action)
                    : O(c.value) == O::Carried ? store->handOn(t.id, FollowUp::Kind::AgendaItem)
                                               : nullptr;
                document.undoStack()->push(
                    handOn ? handOn
                           : new ChangeField(&store->rowList(), t.id,
                                             int(ParkedTopic::Field::Outcome), c.value));
            }
    }
    return true;
}

} // namespace Takt
