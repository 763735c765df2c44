#pragma once

#include <QCoreApplication>
#include <QString>

namespace Takt {

class SqlConnection;

/**
 * The .takt schema and its forward migrations, one explicit step per format version.
 * docs/file-format.md describes every table; keep the two in step.
 */
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)

public:
    static constexpr int CurrentVersion = 3;

    /** Creates an empty document at the current version in an empty database. */
    static bool create(SqlConnection &db, QString *error);
    /** Migrates from @p fromVersion to @p toVersion in one transaction. */
    static bool
    migrate(SqlConnection &db, int fromVersion, QString *error, int toVersion = CurrentVersion);
    static int version(SqlConnection &db);

private:
    static bool runStep(SqlConnection &db, int toVersion, QString *error);
};

} // namespace Takt
