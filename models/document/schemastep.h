#pragma once

#include <QStringList>

#include <functional>

namespace Takt {

class SqlConnection;

/**
 * One step of the .takt schema: what format @p version adds, as SQL statements and, where SQL
 * cannot say it, a function. The document's own tables and each artefact kind's tables come
 * in steps of their own; the store applies every step of a version, in registry order.
 */
struct SchemaStep
{
    int version = 0;
    QStringList statements;
    std::function<bool(SqlConnection &db, QString *error)> run = {};
};

} // namespace Takt
