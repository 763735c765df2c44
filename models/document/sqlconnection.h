#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace Takt {

/**
 * One SQLite connection with Takt's safety settings: foreign keys on, trusted_schema off and
 * SQLite's defensive mode on, so that a crafted file cannot run code through its schema.
 * Owns its QSqlDatabase connection name and removes it on destruction.
 */
class SqlConnection
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    explicit SqlConnection(const QString &path, Mode mode = Mode::ReadWrite);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString errorText() const { return m_error; }
    QSqlDatabase database() const;

    /** Runs one statement; on failure returns false and keeps the driver's message. */
    bool exec(const QString &sql);
    QVariant scalar(const QString &sql);

    bool transaction();
    bool commit();
    void rollback();

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
};

} // namespace Takt
