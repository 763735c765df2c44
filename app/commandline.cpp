#include "commandline.h"

#include "common/wholefile.h"
#include "kindcommands.h"

#include "document/artefactfiles.h"
#include "document/artefactkind.h"
#include "document/artefactstore.h"
#include "document/document.h"
#include "pack/packexporter.h"
#include "pack/packoptions.h"
#include "pack/packsections.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace Takt {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QStringList CommandLine::commandNames()
{
    QStringList names {QStringLiteral("info"), QStringLiteral("check"), QStringLiteral("import"),
                       QStringLiteral("export")};
    for (const KindCommand &command : kindCommands())
        names << command.name;
    return names;
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && commandNames().contains(arguments.at(1));
}

std::unique_ptr<Document> CommandLine::openDocument(const QString &path)
{
    QString error;
    auto document = Document::open(path, &error, Document::Access::ReadOnly);
    if (!document)
        fail(error);
    return document;
}

std::unique_ptr<Document> CommandLine::openOrCreate(const QString &path)
{
    QString error;
    auto document
        = QFileInfo::exists(path) ? Document::open(path, &error) : Document::createNew(&error);
    if (!document)
        fail(error);
    return document;
}

int CommandLine::fail(const QString &message)
{
    m_err << QStringLiteral("takt: ") << message << Qt::endl;
    return BadInput;
}

int CommandLine::write(const QByteArray &bytes, const QString &path)
{
    if (path.isEmpty()) {
        m_out << QString::fromUtf8(bytes);
        m_out.flush();
        return Success;
    }
    if (const QString error = WholeFile::write(path, bytes); !error.isEmpty())
        return fail(error);
    m_out << native(path) << Qt::endl;
    return Success;
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = subcommandArguments(arguments);
    if (command == QLatin1String("info"))
        return info(rest);
    if (command == QLatin1String("check"))
        return check(rest);
    if (command == QLatin1String("import"))
        return importFile(rest);
    if (command == QLatin1String("export"))
        return exportItemOrPack(rest);
    for (const KindCommand &kind : kindCommands())
        if (command == kind.name)
            return kind.run(*this, rest);
    return fail(tr("unknown command \"%1\"").arg(command));
}

QStringList CommandLine::subcommandArguments(const QStringList &args)
{
    QStringList rest = args.mid(2);
    rest.prepend(args.value(0) + QLatin1Char(' ') + args.value(1));
    return rest;
}

bool CommandLine::parse(QCommandLineParser &parser,
                        const QStringList &args,
                        int *exitCode,
                        int minPositional,
                        int maxPositional)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        QTextStream(stderr) << "takt: " << parser.errorText() << Qt::endl;
        *exitCode = BadInput;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        *exitCode = Success;
        return false;
    }
    const int n = int(parser.positionalArguments().size());
    if (n < minPositional || n > maxPositional) {
        QTextStream(stderr) << "takt: " << tr("wrong number of arguments") << "\n"
                            << parser.helpText();
        *exitCode = BadInput;
        return false;
    }
    return true;
}

int CommandLine::info(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints a workshop's details and what it contains."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .takt document."));
    int code = 0;
    if (!parse(parser, args, &code, 1, 1))
        return code;
    const auto document = openDocument(parser.positionalArguments().first());
    if (!document)
        return BadInput;
    const WorkshopMetadata &m = document->metadata();
    auto line = [this](const QString &label, const QString &value) {
        m_out << QStringLiteral("%1 %2").arg(label + QLatin1Char(':'), -19).arg(value) << '\n';
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
    for (const ArtefactStore *store : document->stores()) {
        const QList<EntityId> artefacts = store->artefacts();
        line(store->kind().name(), QString::number(artefacts.size()));
        for (EntityId id : artefacts) {
            const QString status = store->outlineData(id, ArtefactStore::StatusRole).toString();
            const QString summary = store->summary(id);
            m_out << QStringLiteral("  - ") << store->artefactName(id);
            if (!status.isEmpty())
                m_out << QStringLiteral(" (") << status << QLatin1Char(')');
            if (!summary.isEmpty() && summary != status) // a kind may say it in one
                m_out << QStringLiteral(": ") << summary;
            m_out << '\n';
        }
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
    if (!parse(parser, args, &code, 1, 1))
        return code;
    if (!openDocument(parser.positionalArguments().first()))
        return BadInput;
    m_out << "ok" << Qt::endl;
    return Success;
}

int CommandLine::importFile(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds the artefact of a Takt JSON file (any format Takt writes, by its \"format\" "
           "field) to a document, created if absent, and prints the artefact's name."));
    parser.addPositionalArgument(QStringLiteral("document"), tr("The .takt document."));
    parser.addPositionalArgument(QStringLiteral("json"), tr("The JSON file."));
    int code = 0;
    if (!parse(parser, args, &code, 2, 2))
        return code;
    return importInto(parser.positionalArguments().at(0), parser.positionalArguments().at(1),
                      QString());
}

int CommandLine::importInto(const QString &documentPath,
                            const QString &jsonPath,
                            const QString &kindKey)
{
    const auto document = openOrCreate(documentPath);
    if (!document)
        return BadInput;
    QString error;
    const EntityId id = ArtefactFiles::importFile(*document, jsonPath, &error, kindKey);
    if (!id)
        return fail(error);
    if (!document->save(documentPath, &error))
        return fail(error);
    m_out << document->storeOf(id)->artefactName(id) << Qt::endl;
    return Success;
}

int CommandLine::exportItemOrPack(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the workshop's session pack as a PDF, or with --item one artefact: as JSON "
           "(FILE.json) or as its part of the pack (FILE.pdf)."));
    parser.addPositionalArgument(QStringLiteral("document"), tr("The .takt document."));
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write."), tr("file")});
    parser.addOption({QStringLiteral("item"), tr("Only this artefact, by its name."), tr("name")});
    parser.addOption({QStringLiteral("sections"),
                      tr("Comma-separated sections, in pack order (default: all): %1.")
                          .arg(PackSections::keys().join(QStringLiteral(", "))),
                      tr("list")});
    parser.addOption(
        {QStringLiteral("paper"), tr("A4 (default) or Letter."), tr("size"), QStringLiteral("A4")});
    int code = 0;
    if (!parse(parser, args, &code, 1, 1))
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
    const QString output = parser.value(QStringLiteral("output"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    const bool item = parser.isSet(QStringLiteral("item"));
    if (item && suffix != QLatin1String("json") && suffix != QLatin1String("pdf"))
        return fail(
            tr("-o %1: write an artefact to a file ending in .json or .pdf").arg(native(output)));
    const QString documentPath = parser.positionalArguments().first();
    const auto document = openDocument(documentPath);
    if (!document)
        return BadInput;
    if (item) {
        const QString name = parser.value(QStringLiteral("item"));
        EntityId id = 0;
        for (const ArtefactStore *store : document->stores())
            if (!id)
                id = store->artefactByName(name);
        if (!id)
            return fail(tr("%1 has nothing named \"%2\"").arg(native(documentPath), name));
        if (suffix == QLatin1String("json"))
            return exportItem(*document, id, name, output);
        options.items = {id};
        options.alone = true;
        if (!parser.isSet(QStringLiteral("sections")))
            options.sections = document->storeOf(id)->kind().packSectionKeys();
    }
    QString error;
    if (PackExporter::write(*document, output, options, {}, &error)
        != PackExporter::Result::Written)
        return fail(error);
    m_out << native(QFileInfo(output).absoluteFilePath()) << Qt::endl;
    return Success;
}

int CommandLine::exportItem(const Document &document,
                            EntityId id,
                            const QString &name,
                            const QString &output)
{
    QStringList leftOut;
    QString error;
    const QByteArray json = ArtefactFiles::exportJson(document, id, &leftOut, &error);
    if (json.isEmpty())
        return fail(QStringLiteral("\"%1\": %2").arg(name, error));
    const int code = write(json, output);
    if (code == Success && !leftOut.isEmpty()) // a note on what was written, not on a failure
        m_err << tr("takt: note: the format of \"%1\" has no place for %n part(s), left out: %2",
                    nullptr, int(leftOut.size()))
                     .arg(name, leftOut.join(QStringLiteral(", ")))
              << Qt::endl;
    return code;
}

} // namespace Takt
