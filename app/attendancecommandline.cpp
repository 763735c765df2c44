#include "attendancecommandline.h"

#include "commandline.h"

#include "attendance/attendancecsv.h"
#include "attendance/attendancestore.h"
#include "common/wholefile.h"
#include "document/document.h"

#include <QCommandLineParser>
#include <QDir>
#include <QUndoStack>

namespace Takt {

AttendanceCommandLine::AttendanceCommandLine(CommandLine &commandLine)
    : m_commandLine(commandLine)
{ }

int AttendanceCommandLine::attendance(const QStringList &args)
{
    if (args.value(1) == QLatin1String("import"))
        return importCsv(CommandLine::subcommandArguments(args));
    return list(args);
}

int AttendanceCommandLine::list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists who took part in a workshop, and on which days."));
    parser.addPositionalArgument(QStringLiteral("document"), tr("The .takt document."));
    parser.addOption({QStringLiteral("csv"), tr("Print CSV (Name,Role,Team).")});
    int code = 0;
    if (!CommandLine::parse(parser, args, &code, 1, 1))
        return code;
    const auto document = m_commandLine.openDocument(parser.positionalArguments().first());
    if (!document)
        return CommandLine::BadInput;
    const AttendanceStore &store = *AttendanceStore::of(*document);
    const QList<Participant> &people = store.participants().items();
    if (parser.isSet(QStringLiteral("csv")))
        return m_commandLine.write(AttendanceCsv::write(people), QString());
    QString text;
    for (int i = 0; i < people.size(); ++i) {
        const Participant &p = people.at(i);
        QStringList absent;
        for (int day = 1; day <= store.dayCount(); ++day)
            if (!p.isPresent(day))
                absent << QString::number(day);
        QStringList who {p.role, p.team};
        who.removeAll(QString());
        text
            += tr("%1. %2%3%4\n")
                   .arg(i + 1)
                   .arg(p.name,
                        who.isEmpty() ? QString()
                                      : QStringLiteral(" (%1)").arg(who.join(QStringLiteral(", "))),
                        absent.isEmpty()
                            ? QString()
                            : tr(": absent on day %1").arg(absent.join(QStringLiteral(", "))));
    }
    text += store.summary(store.registerId()) + QLatin1Char('\n');
    return m_commandLine.write(text.toUtf8(), QString());
}

int AttendanceCommandLine::importCsv(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds the participants of a CSV file (header Name,Role,Team, or one name per line) "
           "to a document's attendance; all rows or none."));
    parser.addPositionalArgument(QStringLiteral("document"), tr("The .takt document."));
    parser.addPositionalArgument(QStringLiteral("csv"), tr("The CSV file."));
    int code = 0;
    if (!CommandLine::parse(parser, args, &code, 2, 2))
        return code;
    const QString documentPath = parser.positionalArguments().at(0);
    const QString csvName = QDir::toNativeSeparators(parser.positionalArguments().at(1));
    QString error;
    const auto bytes = WholeFile::read(parser.positionalArguments().at(1), &error, csvName);
    if (!bytes)
        return m_commandLine.fail(error);
    const auto people = AttendanceCsv::read(*bytes, &error);
    if (!people)
        return m_commandLine.fail(tr("%1: %2").arg(csvName, error));
    // Only now the document: a refused file writes nothing.
    const auto document = m_commandLine.openOrCreate(documentPath);
    if (!document)
        return CommandLine::BadInput;
    AttendanceStore *store = AttendanceStore::of(*document);
    QList<Participant> fresh = store->newcomers(*people);
    for (Participant &p : fresh)
        p.id = document->newId();
    if (!fresh.isEmpty()) {
        document->undoStack()->push(store->addParticipants(fresh));
        if (!document->save(documentPath, &error))
            return m_commandLine.fail(error);
    }
    QString text = tr("%n participant(s) added", nullptr, int(fresh.size()));
    if (fresh.size() < people->size())
        text += tr("; %n already there", nullptr, int(people->size() - fresh.size()));
    return m_commandLine.write(text.toUtf8() + '\n', QString());
}

} // namespace Takt
