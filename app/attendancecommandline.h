#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Takt {

class CommandLine;

/**
 * The attendance's commands: `takt attendance DOC [--csv]` lists who took part and on which
 * days; `takt attendance import DOC FILE.csv` adds the participants of a file (header
 * Name,Role,Team, or one name per line), all or none; names already there are kept as they are.
 */
class AttendanceCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceCommandLine)

public:
    explicit AttendanceCommandLine(CommandLine &commandLine);

    int attendance(const QStringList &args);

private:
    int list(const QStringList &args);
    int importCsv(const QStringList &args);

    CommandLine &m_commandLine;
};

} // namespace Takt
