#include "agendakind.h"

#include "document/document.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUndoStack>

namespace Takt {

QString AgendaKind::emptyHint() const
{
    return tr("Plan the workshop's days: Session ▸ New Agenda Item");
}

QList<SchemaStep> AgendaKind::schemaSteps() const
{
    return {
        // Format 7: the agenda.
        {7,
         {QStringLiteral("CREATE TABLE agendas ("
                         " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
                         " name TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE TABLE agenda_items ("
                         " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
                         " register_id INTEGER NOT NULL REFERENCES agendas(id) ON DELETE CASCADE,"
                         " day INTEGER, title TEXT NOT NULL DEFAULT '', planned REAL,"
                         " owner TEXT NOT NULL DEFAULT '', about TEXT NOT NULL DEFAULT '',"
                         " actual REAL, notes TEXT NOT NULL DEFAULT '')"),
          QStringLiteral(
              "CREATE INDEX agenda_items_by_register ON agenda_items (register_id, position)")}},
    };
}

bool AgendaKind::buildExample(Document &document,
                              const QJsonObject &workshop,
                              const QString &,
                              QString *error) const
{
    // [{"day": 1, "item": …, "minutes": 20, "actual": 23, "by": …, "about": …}]; "actual"
    // in minutes, or absent for an item not run yet.
    QList<AgendaItem> items;
    for (const QJsonValue value : workshop.value(QLatin1String("agenda")).toArray()) {
        const QJsonObject o = value.toObject();
        AgendaItem i;
        i.id = document.newId();
        i.day = o.value(QLatin1String("day")).toInt(1);
        i.title = o.value(QLatin1String("item")).toString();
        i.planned = o.value(QLatin1String("minutes")).toDouble() * 60;
        if (o.contains(QLatin1String("actual")))
            i.actual = o.value(QLatin1String("actual")).toDouble() * 60;
        i.owner = o.value(QLatin1String("by")).toString();
        i.about = o.value(QLatin1String("about")).toString();
        if (i.title.isEmpty() || *i.planned <= 0) {
            if (error)
                *error = tr("agenda item %1: an item and its minutes are needed")
                             .arg(items.size() + 1);
            return false;
        }
        items << i;
    }
    if (!items.isEmpty())
        document.undoStack()->push(AgendaStore::of(document)->addItems(items));
    return true;
}

} // namespace Takt
