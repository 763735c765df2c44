#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Takt {

class CommandLine;
class Document;

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
    QString noSuchMap(const Document &document, const QString &path, const QString &name) const;

    CommandLine &m_commandLine;
};

} // namespace Takt
