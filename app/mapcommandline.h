#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace Takt {

class CommandLine;
class Document;
class ValueStreamMap;

/** The maps' own commands: `takt map import|export` (takt-vsm JSON) and `takt metrics` (each
 *  map's figures, as text or JSON, worded by MetricsTable like the window and the pack). */
class MapCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(MapCommandLine)

public:
    explicit MapCommandLine(CommandLine &commandLine);

    int map(const QStringList &args);
    int metrics(const QStringList &args);

private:
    int exportMap(const QStringList &args);
    /** The map --map names (without it, the first); null, after saying why, when none fits. */
    const ValueStreamMap *
    namedMap(const QCommandLineParser &parser, const Document &document, const QString &path);

    CommandLine &m_commandLine;
};

} // namespace Takt
