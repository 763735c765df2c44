#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Takt {

class CommandLine;

/**
 * The KPIs' own command: `takt kpi import DOC --kpi NAME [--unit U] FILE.csv` appends the
 * file's measurements (all or none) to a KPI, made when it does not exist; `takt kpi DOC --kpi
 * NAME [--json]` prints its XmR chart: limits, phases and signals, or a readable summary.
 */
class KpiCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(KpiCommandLine)

public:
    explicit KpiCommandLine(CommandLine &commandLine);

    int kpi(const QStringList &args);

private:
    int importCsv(const QStringList &args);
    int show(const QStringList &args);

    CommandLine &m_commandLine;
};

} // namespace Takt
