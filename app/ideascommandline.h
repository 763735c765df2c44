#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Takt {

class CommandLine;

/** `takt ideas DOC [--csv]`: the kaizen ideas, ranked by the last closed round's dots, with
 *  their expected change, impact and effort; or the same as CSV. */
class IdeasCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(IdeasCommandLine)

public:
    explicit IdeasCommandLine(CommandLine &commandLine);

    int ideas(const QStringList &args);

private:
    CommandLine &m_commandLine;
};

} // namespace Takt
