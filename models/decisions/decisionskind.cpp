#include "decisionskind.h"

#include "document/document.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUndoStack>

namespace Takt {

QString DecisionsKind::emptyHint() const
{
    return tr("Note what the room decides: Session ▸ New Decision");
}

QList<SchemaStep> DecisionsKind::schemaSteps() const
{
    return {
        // Format 7: the decisions log.
        {7,
         {QStringLiteral("CREATE TABLE decision_logs ("
                         " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
                         " name TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE TABLE decisions ("
                         " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
                         " register_id INTEGER NOT NULL"
                         "  REFERENCES decision_logs(id) ON DELETE CASCADE,"
                         " what TEXT NOT NULL DEFAULT '', decided_by TEXT NOT NULL DEFAULT '',"
                         " date TEXT, about TEXT NOT NULL DEFAULT '',"
                         " notes TEXT NOT NULL DEFAULT '')"),
          QStringLiteral(
              "CREATE INDEX decisions_by_register ON decisions (register_id, position)")}},
    };
}

bool DecisionsKind::buildExample(Document &document,
                                 const QJsonObject &workshop,
                                 const QString &,
                                 QString *error) const
{
    // [{"what": …, "by": …, "date": "YYYY-MM-DD", "about": …}]
    QList<Decision> decisions;
    for (const QJsonValue value : workshop.value(QLatin1String("decisions")).toArray()) {
        const QJsonObject o = value.toObject();
        Decision d;
        d.id = document.newId();
        d.what = o.value(QLatin1String("what")).toString();
        d.decidedBy = o.value(QLatin1String("by")).toString();
        d.date = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
        d.about = o.value(QLatin1String("about")).toString();
        if (d.what.isEmpty() || !d.date.isValid()) {
            if (error)
                *error = tr("decision %1: what and date (YYYY-MM-DD) are needed")
                             .arg(decisions.size() + 1);
            return false;
        }
        decisions << d;
    }
    if (!decisions.isEmpty())
        document.undoStack()->push(DecisionStore::of(document)->addDecisions(decisions));
    return true;
}

} // namespace Takt
