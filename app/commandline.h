#pragma once

#include "core/entityid.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace Takt {

class Document;

/**
 * Takt's command line: `takt info|check|import|export` and each kind's commands (`map`,
 * `metrics`, `kpi`: KindCommand). Each command prints its
 * result on standard output and exits 0, or prints a message naming the file, the item and
 * the field on standard error and exits 2; a refused command writes nothing.
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Success = 0, Failure = 1, BadInput = 2 };

    /** Whether @p arguments name a command rather than a document to open in the window. */
    static bool isCommand(const QStringList &arguments);
    static QStringList commandNames();

    int run(const QStringList &arguments);

    // For the commands of a kind (kindcommands.cpp):
    QTextStream &out() { return m_out; }
    int fail(const QString &message);
    /** Opens a document for reading; on failure says why on stderr and returns null. */
    std::unique_ptr<Document> openDocument(const QString &path);
    /** Opens @p path to add to it, or a new document when there is no such file yet. */
    std::unique_ptr<Document> openOrCreate(const QString &path);
    /** The arguments of the command named by @p args' second word, as its own parser takes
     *  them: "takt map" and then what follows. */
    static QStringList subcommandArguments(const QStringList &args);
    /** Parses a command's arguments; false with @p exitCode set for --help and bad input. */
    static bool parse(QCommandLineParser &parser,
                      const QStringList &args,
                      int *exitCode,
                      int minPositional,
                      int maxPositional);
    /** Writes @p bytes to @p path atomically, or to standard output when @p path is empty. */
    int write(const QByteArray &bytes, const QString &path);
    /** Adds the artefact of @p jsonPath to the document at @p documentPath (created if
     *  absent) and saves it; with @p kindKey, only that kind's files are taken. Nothing is
     *  written when the file is refused. */
    int importInto(const QString &documentPath, const QString &jsonPath, const QString &kindKey);

private:
    int info(const QStringList &args);
    int check(const QStringList &args);
    int importFile(const QStringList &args);
    int exportItemOrPack(const QStringList &args);
    int
    exportItem(const Document &document, EntityId id, const QString &name, const QString &output);

    QTextStream m_out {stdout};
    QTextStream m_err {stderr};
};

} // namespace Takt
