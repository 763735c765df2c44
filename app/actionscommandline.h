#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Takt {

class CommandLine;

/**
 * The action register's commands: `takt actions DOC [--status S] [--owner NAME] [--overdue]
 * [--csv]` lists the actions (a table, or CSV); `takt actions import DOC FILE.csv` adds a
 * file's actions (all or none), `takt actions import DOC EARLIER.takt` an earlier workshop's
 * open actions; `takt actions export DOC -o FILE.csv` writes them.
 */
class ActionsCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(ActionsCommandLine)

public:
    explicit ActionsCommandLine(CommandLine &commandLine);

    int actions(const QStringList &args);

private:
    int list(const QStringList &args);
    int importCsv(const QStringList &args);
    int exportCsv(const QStringList &args);

    CommandLine &m_commandLine;
};

} // namespace Takt
