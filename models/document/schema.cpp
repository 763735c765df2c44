#include "schema.h"

#include "documentfile.h"
#include "sqlconnection.h"

#include <QStringList>

namespace Takt {

namespace {

// Version 1: the workshop and its metadata.
const char *const StepTo1[] = {
    "CREATE TABLE workshop ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " title TEXT NOT NULL DEFAULT '', organisation TEXT NOT NULL DEFAULT '',"
    " start_date TEXT, end_date TEXT, location TEXT NOT NULL DEFAULT '',"
    " facilitators TEXT NOT NULL DEFAULT '', objective TEXT NOT NULL DEFAULT '',"
    " notes TEXT NOT NULL DEFAULT '')",
    "INSERT INTO workshop (id) VALUES (1)",
};

// Version 2: value stream maps, their elements, attributes and connectors.
const char *const StepTo2[] = {
    "CREATE TABLE maps ("
    " id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,"
    " state TEXT NOT NULL CHECK (state IN ('current', 'future', 'ideal')),"
    " derived_from INTEGER REFERENCES maps(id) ON DELETE SET NULL,"
    " demand_per_day REAL, available_time_s REAL, notes TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE map_elements ("
    " id INTEGER PRIMARY KEY,"
    " map_id INTEGER NOT NULL REFERENCES maps(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL DEFAULT '',"
    " x REAL NOT NULL, y REAL NOT NULL,"
    " cycle_time_s REAL, changeover_s REAL, uptime REAL, operators INTEGER, shifts INTEGER,"
    " batch INTEGER, value_added_s REAL, complete_accurate REAL, wip_limit INTEGER,"
    " on_timeline INTEGER NOT NULL DEFAULT 1, sharing TEXT,"
    " count REAL, demand_per_day REAL, wait_s REAL, max_count INTEGER, frequency TEXT,"
    " notes TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX map_elements_by_map ON map_elements (map_id, position)",
    "CREATE TABLE element_attributes ("
    " element_id INTEGER NOT NULL REFERENCES map_elements(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
    " PRIMARY KEY (element_id, position))",
    "CREATE TABLE map_connectors ("
    " id INTEGER PRIMARY KEY,"
    " map_id INTEGER NOT NULL REFERENCES maps(id) ON DELETE CASCADE,"
    " kind TEXT NOT NULL,"
    " from_element INTEGER NOT NULL REFERENCES map_elements(id) ON DELETE CASCADE,"
    " to_element INTEGER NOT NULL REFERENCES map_elements(id) ON DELETE CASCADE,"
    " label TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX map_connectors_by_map ON map_connectors (map_id)",
};

// Version 3: a map's chosen time unit (NULL: each figure in its most readable unit).
const char *const StepTo3[] = {
    "ALTER TABLE maps ADD COLUMN time_unit TEXT",
};

template<size_t N> QStringList statements(const char *const (&list)[N])
{
    QStringList result;
    for (const char *sql : list)
        result << QString::fromLatin1(sql);
    return result;
}

} // namespace

int Schema::version(SqlConnection &db)
{
    return db.scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

bool Schema::runStep(SqlConnection &db, int toVersion, QString *error)
{
    QStringList sql;
    switch (toVersion) {
    case 1:
        sql = statements(StepTo1);
        break;
    case 2:
        sql = statements(StepTo2);
        break;
    case 3:
        sql = statements(StepTo3);
        break;
    default:
        if (error)
            *error = tr("no migration to format %1").arg(toVersion);
        return false;
    }
    for (const QString &statement : std::as_const(sql)) {
        if (!db.exec(statement)) {
            if (error)
                *error = tr("format %1: %2").arg(toVersion).arg(db.errorText());
            return false;
        }
    }
    return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(toVersion));
}

bool Schema::migrate(SqlConnection &db, int fromVersion, QString *error, int toVersion)
{
    if (!db.transaction()) {
        if (error)
            *error = db.errorText();
        return false;
    }
    for (int v = fromVersion + 1; v <= toVersion; ++v) {
        if (!runStep(db, v, error)) {
            db.rollback();
            return false;
        }
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
