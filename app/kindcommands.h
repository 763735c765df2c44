#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Takt {

class CommandLine;

/** A command an artefact kind adds to `takt`: `takt map …`, `takt kpi …`. */
struct KindCommand
{
    QString name;
    std::function<int(CommandLine &commandLine, const QStringList &arguments)> run;
};

/** The kinds' own commands: the one list of them, as artefactkinds.cpp is of the kinds, so
 *  that the command line itself names no kind. */
QList<KindCommand> kindCommands();

} // namespace Takt
