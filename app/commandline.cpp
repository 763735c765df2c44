#include "commandline.h"

#include "common/duration.h"
#include "document/document.h"
#include "document/documentfile.h"
#include "document/schema.h"
#include "pack/packexporter.h"
#include "pack/packoptions.h"
#include "pack/packsections.h"
#include "vsm/addremovemap.h"
#include "vsm/mapmetrics.h"
#include "vsm/mapstore.h"
#include "vsm/metricstable.h"
#include "vsm/valuestreammap.h"
#include "vsm/vsmjson.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUndoStack>

namespace Takt {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QStringList CommandLine::commandNames()
{
    return {QStringLiteral("info"), QStringLiteral("check"), QStringLiteral("map"),
            QStringLiteral("metrics"), QStringLiteral("export")};
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && commandNames().contains(arguments.at(1));
}

QString CommandLine::noSuchMap(const Document &document, const QString &path, const QString &name)
{
    QStringList names;
    for (const ValueStreamMap *map : MapStore::of(document)->maps())
        names << QStringLiteral("\"%1\"").arg(map->name());
    return names.isEmpty() ? tr("%1 has no maps").arg(native(path))
                           : tr("%1 has no map named \"%2\"; its maps are %3")
                                 .arg(native(path), name, names.join(QStringLiteral(", ")));
}

std::unique_ptr<Document> CommandLine::openDocument(const QString &path)
{
    QString error;
    auto document = Document::open(path, &error, Document::Access::ReadOnly);
    if (!document)
        fail(error);
    return document;
}

int CommandLine::fail(const QString &message)
{
    m_err << QStringLiteral("takt: ") << message << Qt::endl;
    return BadInput;
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + QLatin1Char(' ') + command);
    if (command == QLatin1String("info"))
        return info(rest);
    if (command == QLatin1String("check"))
        return check(rest);
    if (command == QLatin1String("map"))
        return map(rest);
    if (command == QLatin1String("metrics"))
        return metrics(rest);
    if (command == QLatin1String("export"))
        return exportPack(rest);
    return fail(tr("unknown command \"%1\"").arg(command));
}

namespace {
/** Parses a subcommand's arguments; exits 0 for --help and 2 for bad options. */
bool parseOrExit(QCommandLineParser &parser,
                 const QStringList &args,
                 int *exitCode,
                 int minPositional,
                 int maxPositional)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        QTextStream(stderr) << "takt: " << parser.errorText() << Qt::endl;
        *exitCode = CommandLine::BadInput;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        *exitCode = CommandLine::Success;
        return false;
    }
    const int n = int(parser.positionalArguments().size());
    if (n < minPositional || n > maxPositional) {
        QTextStream(stderr) << "takt: " << CommandLine::tr("wrong number of arguments") << "\n"
                            << parser.helpText();
        *exitCode = CommandLine::BadInput;
        return false;
    }
    return true;
}
} // namespace

int CommandLine::info(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints a workshop's details and what it contains."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .takt document."));
    int code = 0;
    if (!parseOrExit(parser, args, &code, 1, 1))
        return code;
    const auto document = openDocument(parser.positionalArguments().first());
    if (!document)
        return BadInput;
    const WorkshopMetadata &m = document->metadata();
    auto line = [this](const QString &label, const QString &value) {
        m_out << QStringLiteral("%1 %2").arg(label + QLatin1Char(':'), -14).arg(value) << '\n';
    };
    line(tr("File"), native(document->filePath()));
    line(tr("Title"), m.title);
    line(tr("Team"), m.organisation);
    QString dates = m.startDate.toString(Qt::ISODate);
    if (m.endDate.isValid() && m.endDate != m.startDate)
        dates += QStringLiteral(" – ") + m.endDate.toString(Qt::ISODate);
    line(tr("Dates"), dates);
    line(tr("Location"), m.location);
    line(tr("Facilitators"),
         m.facilitators.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral(", ")));
    line(tr("Objective"), m.objective);
    line(tr("Maps"), QString::number(MapStore::of(*document)->maps().size()));
    for (const ValueStreamMap *map : MapStore::of(*document)->maps()) {
        const MapMetrics metrics = MapMetrics::compute(*map);
        m_out << QStringLiteral("  - %1 (%2): ")
                     .arg(map->name(), ValueStreamMap::stateName(map->state()))
              << tr("%n element(s)", nullptr, int(map->elements().size())) << QStringLiteral(", ")
              << tr("lead time %1").arg(metrics.formatTime(metrics.leadTime)) << '\n';
    }
    m_out.flush();
    return Success;
}

int CommandLine::check(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks that a file is a valid Takt document: prints \"ok\" and exits 0, or prints "
           "what is wrong and exits 2."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .takt document."));
    int code = 0;
    if (!parseOrExit(parser, args, &code, 1, 1))
        return code;
    if (!openDocument(parser.positionalArguments().first()))
        return BadInput;
    m_out << "ok" << Qt::endl;
    return Success;
}

int CommandLine::map(const QStringList &args)
{
    const QString action = args.value(1);
    QStringList rest = args.mid(2);
    rest.prepend(args.value(0) + QLatin1Char(' ') + action);
    if (action == QLatin1String("import")) {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Adds a map from a takt-vsm JSON file to a document (created if absent) and "
               "prints the map's name."));
        parser.addPositionalArgument(QStringLiteral("document"), tr("The .takt document."));
        parser.addPositionalArgument(QStringLiteral("map"), tr("The takt-vsm JSON file."));
        int code = 0;
        if (!parseOrExit(parser, rest, &code, 2, 2))
            return code;
        const QString documentPath = parser.positionalArguments().at(0);
        const QString jsonPath = parser.positionalArguments().at(1);
        QFile json(jsonPath);
        if (!json.open(QIODevice::ReadOnly))
            return fail(tr("%1 cannot be read: %2").arg(native(jsonPath), json.errorString()));
        QString error;
        std::unique_ptr<Document> document = QFileInfo::exists(documentPath)
            ? Document::open(documentPath, &error)
            : Document::createNew(&error);
        if (!document)
            return fail(error);
        auto map = VsmJson::read(
            json.readAll(), [&] { return document->newId(); }, &error);
        if (!map)
            return fail(QStringLiteral("%1: %2").arg(native(jsonPath), error));
        const QString name = map->name();
        document->undoStack()->push(new AddMap(document.get(), map.release()));
        if (!document->save(documentPath, &error))
            return fail(error);
        m_out << name << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("export")) {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Writes one map of a document as takt-vsm JSON."));
        parser.addPositionalArgument(QStringLiteral("document"), tr("The .takt document."));
        parser.addOption({QStringLiteral("map"), tr("The map's name."), tr("name")});
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          tr("Write to this file instead of standard output."),
                          tr("file")});
        int code = 0;
        if (!parseOrExit(parser, rest, &code, 1, 1))
            return code;
        const QString documentPath = parser.positionalArguments().first();
        const auto document = openDocument(documentPath);
        if (!document)
            return BadInput;
        const ValueStreamMap *map = parser.isSet(QStringLiteral("map"))
            ? MapStore::of(*document)->mapByName(parser.value(QStringLiteral("map")))
            : MapStore::of(*document)->maps().value(0);
        if (!map)
            return fail(
                parser.isSet(QStringLiteral("map"))
                    ? noSuchMap(*document, documentPath, parser.value(QStringLiteral("map")))
                    : tr("%1 has no maps").arg(native(documentPath)));
        QStringList leftOut;
        const QByteArray json = VsmJson::write(*map, &leftOut);
        if (!leftOut.isEmpty())
            m_err << tr("takt: note: takt-vsm version 1 has no place for %n element(s) of \"%1\", "
                        "left out: %2",
                        nullptr, int(leftOut.size()))
                         .arg(map->name(), leftOut.join(QStringLiteral(", ")))
                  << Qt::endl;
        if (!parser.isSet(QStringLiteral("output"))) {
            m_out << QString::fromUtf8(json);
            m_out.flush();
            return Success;
        }
        const QString output = parser.value(QStringLiteral("output"));
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
            return fail(tr("%1 cannot be written: %2").arg(native(output), file.errorString()));
        m_out << native(output) << Qt::endl;
        return Success;
    }
    return fail(action.isEmpty()
                    ? tr("\"map\" needs \"import\" or \"export\"")
                    : tr("unknown map command \"%1\"; use \"import\" or \"export\"").arg(action));
}

int CommandLine::metrics(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints each map's figures: takt time, lead time, "
                                        "value-added time, flow efficiency, rolled %C&A."));
    parser.addPositionalArgument(QStringLiteral("document"), tr("The .takt document."));
    parser.addOption({QStringLiteral("map"), tr("Only this map."), tr("name")});
    parser.addOption({QStringLiteral("json"), tr("One JSON object per map, one per line.")});
    int code = 0;
    if (!parseOrExit(parser, args, &code, 1, 1))
        return code;
    const QString documentPath = parser.positionalArguments().first();
    const auto document = openDocument(documentPath);
    if (!document)
        return BadInput;
    QList<ValueStreamMap *> maps = MapStore::of(*document)->maps();
    if (parser.isSet(QStringLiteral("map"))) {
        ValueStreamMap *map
            = MapStore::of(*document)->mapByName(parser.value(QStringLiteral("map")));
        if (!map)
            return fail(noSuchMap(*document, documentPath, parser.value(QStringLiteral("map"))));
        maps = {map};
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    for (const ValueStreamMap *map : std::as_const(maps)) {
        const MapMetrics m = MapMetrics::compute(*map);
        if (json) {
            QJsonObject o;
            o.insert(QLatin1String("map"), map->name());
            o.insert(QLatin1String("takt_time_s"),
                     m.taktTime ? QJsonValue(*m.taktTime) : QJsonValue());
            o.insert(QLatin1String("lead_time_s"), m.leadTime);
            o.insert(QLatin1String("waiting_s"), m.waitTime);
            o.insert(QLatin1String("process_time_s"), m.processTime);
            o.insert(QLatin1String("value_added_s"), m.valueAdded);
            o.insert(QLatin1String("total_inventory"), m.totalInventory);
            o.insert(QLatin1String("flow_efficiency"),
                     m.flowEfficiency ? QJsonValue(*m.flowEfficiency) : QJsonValue());
            o.insert(QLatin1String("rolled_complete_accurate"),
                     m.rolledCompleteAccurate ? QJsonValue(*m.rolledCompleteAccurate)
                                              : QJsonValue());
            o.insert(QLatin1String("bottleneck"),
                     m.bottleneck ? QJsonValue(m.bottleneckName) : QJsonValue());
            o.insert(QLatin1String("over_takt"), QJsonArray::fromStringList(m.overTaktNames));
            o.insert(QLatin1String("warnings"), QJsonArray::fromStringList(m.warnings));
            m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
            continue;
        }
        auto row = [this](const QString &label, const QString &value) {
            m_out << QStringLiteral("  %1 %2").arg(label, -22).arg(value) << '\n';
        };
        const QString none = tr("–");
        m_out << map->name() << QStringLiteral(" (") << ValueStreamMap::stateName(map->state())
              << QStringLiteral(")\n");
        row(tr("Takt time"), m.taktTime ? m.formatTime(*m.taktTime) : none);
        row(tr("Lead time"), m.formatTime(m.leadTime));
        row(tr("  waits"), m.formatTime(m.waitTime));
        row(tr("  cycle times"), m.formatTime(m.processTime));
        row(tr("Value-added time"), m.formatTime(m.valueAdded));
        row(tr("Flow efficiency"),
            m.flowEfficiency ? MetricsTable::percent(*m.flowEfficiency) : none);
        row(tr("Rolled %C&A"),
            m.rolledCompleteAccurate ? MetricsTable::percent(*m.rolledCompleteAccurate) : none);
        row(tr("Bottleneck"), m.bottleneck ? m.bottleneckName : none);
        row(tr("Over takt"),
            m.overTaktNames.isEmpty() ? none : m.overTaktNames.join(QStringLiteral(", ")));
        for (const QString &note : m.notes)
            m_out << QStringLiteral("  ") << tr("Note: %1").arg(note) << '\n';
        for (const QString &warning : m.warnings)
            m_out << QStringLiteral("  ") << tr("Warning: %1").arg(warning) << '\n';
    }
    m_out.flush();
    return Success;
}

int CommandLine::exportPack(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes the workshop's session pack as a PDF."));
    parser.addPositionalArgument(QStringLiteral("document"), tr("The .takt document."));
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF to write."), tr("file")});
    parser.addOption({QStringLiteral("sections"),
                      tr("Comma-separated sections, in pack order (default: all): %1.")
                          .arg(PackSections::keys().join(QStringLiteral(", "))),
                      tr("list")});
    parser.addOption(
        {QStringLiteral("paper"), tr("A4 (default) or Letter."), tr("size"), QStringLiteral("A4")});
    int code = 0;
    if (!parseOrExit(parser, args, &code, 1, 1))
        return code;
    if (!parser.isSet(QStringLiteral("output")))
        return fail(tr("say where to write the pack with -o PACK.pdf"));
    PackOptions options;
    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    if (paper == QLatin1String("a4"))
        options.paper = QPageSize::A4;
    else if (paper == QLatin1String("letter"))
        options.paper = QPageSize::Letter;
    else
        return fail(tr("--paper: \"%1\" is not a paper size; use A4 or Letter")
                        .arg(parser.value(QStringLiteral("paper"))));
    if (parser.isSet(QStringLiteral("sections"))) {
        options.sections
            = parser.value(QStringLiteral("sections")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &key : options.sections)
            key = key.trimmed();
        const QStringList unknown = PackExporter::unknownSections(options.sections);
        if (!unknown.isEmpty())
            return fail(tr("--sections: unknown section \"%1\"; choose from %2")
                            .arg(unknown.first(), PackSections::keys().join(QStringLiteral(", "))));
    }
    const auto document = openDocument(parser.positionalArguments().first());
    if (!document)
        return BadInput;
    QString error;
    const QString output = parser.value(QStringLiteral("output"));
    if (PackExporter::write(*document, output, options, {}, &error)
        != PackExporter::Result::Written)
        return fail(error);
    m_out << native(QFileInfo(output).absoluteFilePath()) << Qt::endl;
    return Success;
}

} // namespace Takt
