#include "actionscommandline.h"

#include "commandline.h"

#include "actions/actioncalendar.h"
#include "actions/actioncarryover.h"
#include "actions/actioncsv.h"
#include "actions/actionstore.h"
#include "common/wholefile.h"
#include "core/fieldtext.h"
#include "document/document.h"

#include <QCommandLineParser>
#include <QDir>
#include <QUndoStack>

namespace Takt {

ActionsCommandLine::ActionsCommandLine(CommandLine &commandLine)
    : m_commandLine(commandLine)
{ }

int ActionsCommandLine::actions(const QStringList &args)
{
    if (args.value(1) == QLatin1String("import"))
        return importCsv(CommandLine::subcommandArguments(args));
    if (args.value(1) == QLatin1String("export"))
        return exportCsv(CommandLine::subcommandArguments(args));
    return list(args);
}

int ActionsCommandLine::list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the actions of a document's register."));
    parser.addPositionalArgument(QStringLiteral("document"), tr("The .takt document."));
    parser.addOption({QStringLiteral("status"),
                      tr("Only those with this status: open, in progress, done, cancelled."),
                      tr("status")});
    parser.addOption({QStringLiteral("owner"), tr("Only this owner's."), tr("name")});
    parser.addOption({QStringLiteral("overdue"), tr("Only the overdue ones.")});
    parser.addOption({QStringLiteral("csv"), tr("Print CSV, as takt actions export writes it.")});
    int code = 0;
    if (!CommandLine::parse(parser, args, &code, 1, 1))
        return code;
    const auto &fields = ActionItem::fields();
    std::optional<int> status;
    if (parser.isSet(QStringLiteral("status"))) {
        const QString wanted = parser.value(QStringLiteral("status")).trimmed().toLower();
        for (const FieldChoice &c : fields.find(int(ActionItem::Field::Status))->def.choices)
            if (wanted == QLatin1String(c.key))
                status = c.value;
        if (!status)
            return m_commandLine.fail(
                tr("--status \"%1\": write open, in progress, done or cancelled").arg(wanted));
    }
    const auto document = m_commandLine.openDocument(parser.positionalArguments().first());
    if (!document)
        return CommandLine::BadInput;
    const QString owner = parser.value(QStringLiteral("owner")).trimmed();
    const QDate today = QDate::currentDate();
    QList<ActionItem> shown;
    for (const ActionItem &a : ActionStore::of(*document)->forExport())
        if ((!status || int(a.status) == *status)
            && (owner.isEmpty() || a.owner.trimmed().compare(owner, Qt::CaseInsensitive) == 0)
            && (!parser.isSet(QStringLiteral("overdue")) || a.isOverdue(today)))
            shown << a;
    if (parser.isSet(QStringLiteral("csv")))
        return m_commandLine.write(ActionCsv::write(shown), QString());
    QString text;
    for (int i = 0; i < shown.size(); ++i) {
        const ActionItem &a = shown.at(i);
        const QString due = a.due.isValid() ? a.due.toString(Qt::ISODate) : QStringLiteral("–");
        text += tr("%1. %2\n   %3, due %4%5, %6; verifier %7\n")
                    .arg(i + 1)
                    .arg(a.what, a.owner.isEmpty() ? tr("no owner") : a.owner, due,
                         a.isOverdue(today) ? tr(" (overdue)") : QString(),
                         fields.choiceLabel(int(ActionItem::Field::Status), int(a.status)),
                         a.verifier.isEmpty() ? tr("none") : a.verifier);
    }
    text += tr("%n action(s)\n", nullptr, int(shown.size()));
    return m_commandLine.write(text.toUtf8(), QString());
}

int ActionsCommandLine::importCsv(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds the actions of a CSV file (header What,Owner,Due,Status,Priority,Verifier,"
           "Source,Notes) to a document's register, all rows or none; or, from an earlier "
           "workshop's .takt file, its open actions for review."));
    parser.addPositionalArgument(QStringLiteral("document"), tr("The .takt document."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file, or an earlier .takt."));
    int code = 0;
    if (!CommandLine::parse(parser, args, &code, 2, 2))
        return code;
    const QString documentPath = parser.positionalArguments().at(0);
    const QString source = parser.positionalArguments().at(1);
    const QString name = QDir::toNativeSeparators(source);
    const bool earlier = source.endsWith(QLatin1String(".takt"), Qt::CaseInsensitive);
    QString error;
    std::optional<QList<ActionItem>> actions;
    if (earlier) {
        actions = ActionCarryOver::openActionsOf(source, &error);
        if (!actions)
            return m_commandLine.fail(error);
    } else {
        const auto bytes = WholeFile::read(source, &error, name);
        if (!bytes)
            return m_commandLine.fail(error);
        actions = ActionCsv::read(*bytes, &error);
        if (!actions)
            return m_commandLine.fail(tr("%1: %2").arg(name, error));
    }
    // Only now the document: a refused file writes nothing.
    const auto document = m_commandLine.openOrCreate(documentPath);
    if (!document)
        return CommandLine::BadInput;
    ActionStore *store = ActionStore::of(*document);
    QList<ActionItem> added = earlier ? ActionCarryOver::notYetIn(*store, *actions) : *actions;
    for (ActionItem &a : added)
        a.id = document->newId();
    if (!added.isEmpty()) {
        document->undoStack()->push(store->addActions(added));
        if (!document->save(documentPath, &error))
            return m_commandLine.fail(error);
    }
    QString text = tr("%n action(s) added", nullptr, int(added.size()));
    if (added.size() < actions->size())
        text += tr("; %n already in the register", nullptr, int(actions->size() - added.size()));
    return m_commandLine.write(text.toUtf8() + '\n', QString());
}

int ActionsCommandLine::exportCsv(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a document's actions as CSV, or its open actions as iCalendar to-dos (.ics)."));
    parser.addPositionalArgument(QStringLiteral("document"), tr("The .takt document."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("The .csv or .ics file to write."),
                      tr("file")});
    int code = 0;
    if (!CommandLine::parse(parser, args, &code, 1, 1))
        return code;
    const QString output = parser.value(QStringLiteral("output"));
    const bool calendar = output.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive);
    if (!calendar && !output.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return m_commandLine.fail(tr("-o %1: write the actions to a file ending in .csv or .ics")
                                      .arg(QDir::toNativeSeparators(output)));
    const auto document = m_commandLine.openDocument(parser.positionalArguments().first());
    if (!document)
        return CommandLine::BadInput;
    const QList<ActionItem> actions = ActionStore::of(*document)->forExport();
    return m_commandLine.write(calendar
                                   ? ActionCalendar::write(actions, QDateTime::currentDateTimeUtc())
                                   : ActionCsv::write(actions),
                               output);
}

} // namespace Takt
