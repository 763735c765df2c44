#include "sqlconnection.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Takt {

namespace {
QAtomicInt connectionCounter;

bool enableDefensiveMode(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    auto *sqlite = *static_cast<sqlite3 *const *>(handle.data());
    if (!sqlite)
        return false;
    int enabled = 0;
    sqlite3_db_config(sqlite, SQLITE_DBCONFIG_DEFENSIVE, 1, &enabled);
    return enabled == 1;
}
} // namespace

SqlConnection::SqlConnection(const QString &path, Mode mode)
    : m_name(QStringLiteral("takt-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    m_open = true;
    if (!enableDefensiveMode(db)) {
        m_error = QCoreApplication::translate("SqlConnection",
                                              "SQLite defensive mode is not available");
        db.close();
        m_open = false;
        return;
    }
    exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

SqlConnection::~SqlConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase SqlConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool SqlConnection::exec(const QString &sql)
{
    QSqlQuery query(database());
    if (!query.exec(sql)) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

QVariant SqlConnection::scalar(const QString &sql)
{
    QSqlQuery query(database());
    if (!query.exec(sql)) {
        m_error = query.lastError().text();
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

bool SqlConnection::transaction()
{
    if (!database().transaction()) {
        m_error = database().lastError().text();
        return false;
    }
    return true;
}

bool SqlConnection::commit()
{
    if (!database().commit()) {
        m_error = database().lastError().text();
        database().rollback();
        return false;
    }
    return true;
}

void SqlConnection::rollback()
{
    database().rollback();
}

} // namespace Takt
