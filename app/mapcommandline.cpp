#include "mapcommandline.h"

#include "commandline.h"

#include "document/artefactfiles.h"
#include "document/document.h"
#include "vsm/mapmetrics.h"
#include "vsm/mapskind.h"
#include "vsm/mapstore.h"
#include "vsm/metricstable.h"
#include "vsm/valuestreammap.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QTextStream>

namespace Takt {

MapCommandLine::MapCommandLine(CommandLine &commandLine)
    : m_commandLine(commandLine)
{ }

const ValueStreamMap *MapCommandLine::namedMap(const QCommandLineParser &parser,
                                               const Document &document,
                                               const QString &path)
{
    const QString name = parser.value(QStringLiteral("map"));
    const MapStore &maps = *MapStore::of(document);
    if (const ValueStreamMap *map
        = parser.isSet(QStringLiteral("map")) ? maps.mapByName(name) : maps.maps().value(0))
        return map;
    QStringList names;
    for (const ValueStreamMap *map : maps.maps())
        names << QStringLiteral("\"%1\"").arg(map->name());
    const QString file = QDir::toNativeSeparators(path);
    m_commandLine.fail(names.isEmpty() ? tr("%1 has no maps").arg(file)
                                       : tr("%1 has no map named \"%2\"; its maps are %3")
                                             .arg(file, name, names.join(QStringLiteral(", "))));
    return nullptr;
}

int MapCommandLine::map(const QStringList &args)
{
    const QString action = args.value(1);
    const QStringList rest = CommandLine::subcommandArguments(args);
    if (action == QLatin1String("export"))
        return exportMap(rest);
    if (action != QLatin1String("import"))
        return m_commandLine.fail(
            action.isEmpty()
                ? tr("\"map\" needs \"import\" or \"export\"")
                : tr("unknown map command \"%1\"; use \"import\" or \"export\"").arg(action));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds a map from a takt-vsm JSON file to a document (created if absent) and prints "
           "the map's name."));
    parser.addPositionalArgument(QStringLiteral("document"), tr("The .takt document."));
    parser.addPositionalArgument(QStringLiteral("map"), tr("The takt-vsm JSON file."));
    int code = 0;
    if (!CommandLine::parse(parser, rest, &code, 2, 2))
        return code;
    return m_commandLine.importInto(parser.positionalArguments().at(0),
                                    parser.positionalArguments().at(1),
                                    QLatin1String(MapsKind::Key));
}

int MapCommandLine::exportMap(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes one map of a document as takt-vsm JSON."));
    parser.addPositionalArgument(QStringLiteral("document"), tr("The .takt document."));
    parser.addOption({QStringLiteral("map"), tr("The map's name."), tr("name")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write to this file instead of standard output."),
                      tr("file")});
    int code = 0;
    if (!CommandLine::parse(parser, args, &code, 1, 1))
        return code;
    const QString documentPath = parser.positionalArguments().first();
    const auto document = m_commandLine.openDocument(documentPath);
    if (!document)
        return CommandLine::BadInput;
    const ValueStreamMap *map = namedMap(parser, *document, documentPath);
    if (!map)
        return CommandLine::BadInput;
    QStringList leftOut;
    QString error;
    const QByteArray json = ArtefactFiles::exportJson(*document, map->id(), &leftOut, &error);
    if (json.isEmpty())
        return m_commandLine.fail(error);
    if (!leftOut.isEmpty())
        QTextStream(stderr) << tr("takt: note: takt-vsm version 1 has no place for %n element(s) "
                                  "of \"%1\", left out: %2",
                                  nullptr, int(leftOut.size()))
                                   .arg(map->name(), leftOut.join(QStringLiteral(", ")))
                            << Qt::endl;
    return m_commandLine.write(json, parser.value(QStringLiteral("output")));
}

int MapCommandLine::metrics(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints each map's figures: takt time, lead time, "
                                        "value-added time, flow efficiency, rolled %C&A."));
    parser.addPositionalArgument(QStringLiteral("document"), tr("The .takt document."));
    parser.addOption({QStringLiteral("map"), tr("Only this map."), tr("name")});
    parser.addOption({QStringLiteral("json"), tr("One JSON object per map, one per line.")});
    int code = 0;
    if (!CommandLine::parse(parser, args, &code, 1, 1))
        return code;
    const QString documentPath = parser.positionalArguments().first();
    const auto document = m_commandLine.openDocument(documentPath);
    if (!document)
        return CommandLine::BadInput;
    const MapStore &store = *MapStore::of(*document);
    QList<const ValueStreamMap *> maps(store.maps().cbegin(), store.maps().cend());
    if (parser.isSet(QStringLiteral("map"))) {
        const ValueStreamMap *map = namedMap(parser, *document, documentPath);
        if (!map)
            return CommandLine::BadInput;
        maps = {map};
    }
    QTextStream &out = m_commandLine.out();
    for (const ValueStreamMap *map : std::as_const(maps)) {
        const MapMetrics m = MapMetrics::compute(*map, store.map(map->derivedFrom()));
        if (parser.isSet(QStringLiteral("json"))) {
            out << QString::fromUtf8(
                QJsonDocument(MetricsTable::json(m, map->name())).toJson(QJsonDocument::Compact))
                << '\n';
            continue;
        }
        out << map->name() << QStringLiteral(" (") << ValueStreamMap::stateName(map->state())
            << QStringLiteral(")\n");
        for (const MetricsTable::Row &row : MetricsTable::rows(m))
            out << QStringLiteral("  %1 %2").arg(row.label, -22).arg(row.value) << '\n';
        for (const QString &note : m.notes)
            out << QStringLiteral("  ") << tr("Note: %1").arg(note) << '\n';
        for (const QString &warning : m.warnings)
            out << QStringLiteral("  ") << tr("Warning: %1").arg(warning) << '\n';
    }
    out.flush();
    return CommandLine::Success;
}

} // namespace Takt
