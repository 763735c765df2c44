#include "kindcommands.h"

#include "actionscommandline.h"
#include "attendancecommandline.h"
#include "ideascommandline.h"
#include "kpicommandline.h"
#include "mapcommandline.h"

namespace Takt {

QList<KindCommand> kindCommands()
{
    return {
        {QStringLiteral("map"),
         [](CommandLine &c, const QStringList &args) { return MapCommandLine(c).map(args); }},
        {QStringLiteral("metrics"),
         [](CommandLine &c, const QStringList &args) { return MapCommandLine(c).metrics(args); }},
        {QStringLiteral("kpi"),
         [](CommandLine &c, const QStringList &args) { return KpiCommandLine(c).kpi(args); }},
        {QStringLiteral("actions"),
         [](CommandLine &c, const QStringList &args) {
             return ActionsCommandLine(c).actions(args);
         }},
        {QStringLiteral("attendance"),
         [](CommandLine &c, const QStringList &args) {
             return AttendanceCommandLine(c).attendance(args);
         }},
        {QStringLiteral("ideas"),
         [](CommandLine &c, const QStringList &args) { return IdeasCommandLine(c).ideas(args); }},
    };
}

} // namespace Takt
