#pragma once

#include "schemastep.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Takt {

class SqlConnection;

/**
 * The .takt schema and its forward migrations, one explicit step per format version: the
 * document's own steps (the workshop, ids, links) and those of every registered artefact kind.
 * docs/file-format.md describes every table; keep the two in step.
 */
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)

public:
    /** The newest format any step reaches: what new files are written in. */
    static int currentVersion();

    /** Creates an empty document at the current version in an empty database. */
    static bool create(SqlConnection &db, QString *error);
    /** Migrates from @p fromVersion to @p toVersion (0: the current one) in one transaction. */
    static bool migrate(SqlConnection &db, int fromVersion, QString *error, int toVersion = 0);
    static int version(SqlConnection &db);

    /** The largest id of any table with an id column (-1 when the schema cannot be read). */
    static qint64 largestId(SqlConnection &db);

    /** The document's own steps, before any kind's. */
    static QList<SchemaStep> documentSteps();
    /** Every step, in the order they apply. */
    static QList<SchemaStep> allSteps();

private:
    static bool runStep(SqlConnection &db, const SchemaStep &step, QString *error);
};

} // namespace Takt
