#include "schema.h"

#include "artefactkind.h"
#include "artefactregistry.h"
#include "documentfile.h"
#include "sqlconnection.h"

#include <QSqlQuery>

#include <algorithm>

namespace Takt {

namespace {

// Format 4: the ids' high-water mark, continuing after the largest id any table holds.
bool startIdsAfterLargest(SqlConnection &db, QString *error)
{
    const qint64 largest = Schema::largestId(db);
    const bool ok = largest >= 0
        && db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('next_id', %1)")
                       .arg(largest + 1));
    if (!ok && error)
        *error = db.errorText().isEmpty() ? Schema::tr("the ids' mark cannot be written")
                                          : db.errorText();
    return ok;
}

} // namespace

qint64 Schema::largestId(SqlConnection &db)
{
    // Every table with an id column, found in the schema itself, not from a list kept by hand.
    QSqlQuery tables(db.database());
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%'")))
        return -1;
    qint64 largest = 0;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QString literal = table;
        literal.replace(QLatin1Char('\''), QLatin1String("''"));
        QString identifier = table;
        identifier.replace(QLatin1Char('"'), QLatin1String("\"\""));
        QSqlQuery columns(db.database());
        if (!columns.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('%1') WHERE name = 'id'")
                              .arg(literal)))
            return -1;
        if (!columns.next())
            continue;
        QSqlQuery max(db.database());
        if (!max.exec(QStringLiteral("SELECT max(id) FROM \"%1\"").arg(identifier)) || !max.next())
            return -1; // a failed query: never guess low
        largest = qMax(largest, max.value(0).toLongLong());
    }
    return largest;
}

QList<SchemaStep> Schema::documentSteps()
{
    return {
        {1,
         {QStringLiteral(
              "CREATE TABLE workshop ("
              " id INTEGER PRIMARY KEY CHECK (id = 1),"
              " title TEXT NOT NULL DEFAULT '', organisation TEXT NOT NULL DEFAULT '',"
              " start_date TEXT, end_date TEXT, location TEXT NOT NULL DEFAULT '',"
              " facilitators TEXT NOT NULL DEFAULT '', objective TEXT NOT NULL DEFAULT '',"
              " notes TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("INSERT INTO workshop (id) VALUES (1)")}},
        {4,
         {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value)"),
          QStringLiteral("CREATE TABLE links ("
                         " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
                         " from_id INTEGER NOT NULL, to_id INTEGER NOT NULL,"
                         " role TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE INDEX links_from ON links (from_id)"),
          QStringLiteral("CREATE INDEX links_to ON links (to_id)")},
         startIdsAfterLargest},
    };
}

QList<SchemaStep> Schema::allSteps()
{
    QList<SchemaStep> steps = documentSteps();
    for (const auto &kind : ArtefactRegistry::kinds())
        steps << kind->schemaSteps();
    // By version; within a version, the document's steps first, then the kinds' in order.
    std::stable_sort(steps.begin(), steps.end(), [](const SchemaStep &a, const SchemaStep &b) {
        return a.version < b.version;
    });
    return steps;
}

int Schema::currentVersion()
{
    int version = 0;
    for (const SchemaStep &step : allSteps())
        version = qMax(version, step.version);
    return version;
}

int Schema::version(SqlConnection &db)
{
    return db.scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

bool Schema::runStep(SqlConnection &db, const SchemaStep &step, QString *error)
{
    for (const QString &statement : step.statements) {
        if (!db.exec(statement)) {
            if (error)
                *error = tr("format %1: %2").arg(step.version).arg(db.errorText());
            return false;
        }
    }
    QString message;
    if (step.run && !step.run(db, &message)) {
        if (error)
            *error = tr("format %1: %2").arg(step.version).arg(message);
        return false;
    }
    return true;
}

bool Schema::migrate(SqlConnection &db, int fromVersion, QString *error, int toVersion)
{
    if (toVersion <= 0)
        toVersion = currentVersion();
    if (!db.transaction()) {
        if (error)
            *error = db.errorText();
        return false;
    }
    bool ok = true;
    for (const SchemaStep &step : allSteps())
        if (ok && step.version > fromVersion && step.version <= toVersion)
            ok = runStep(db, step, error);
    ok = ok && db.exec(QStringLiteral("PRAGMA user_version = %1").arg(toVersion));
    if (!ok) {
        if (error && error->isEmpty())
            *error = db.errorText();
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        if (error)
            *error = db.errorText();
        return false;
    }
    return true;
}

bool Schema::create(SqlConnection &db, QString *error)
{
    if (!db.exec(QStringLiteral("PRAGMA application_id = %1").arg(DocumentFile::ApplicationId))) {
        if (error)
            *error = db.errorText();
        return false;
    }
    return migrate(db, 0, error);
}

} // namespace Takt
