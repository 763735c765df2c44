#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace Takt {

class Document;

/**
 * Takt's command line: `takt info|check|map|metrics|export …`. Each command prints its result
 * on standard output and exits 0, or prints a message naming the file, the item and the field
 * on standard error and exits 2.
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

private:
    int info(const QStringList &args);
    int check(const QStringList &args);
    int map(const QStringList &args);
    int metrics(const QStringList &args);
    int exportPack(const QStringList &args);
    int fail(const QString &message);
    /** Opens a document for a command; on failure says why on stderr and returns null. */
    std::unique_ptr<Document> openDocument(const QString &path);
    static QString noSuchMap(const Document &document, const QString &path, const QString &name);

    QTextStream m_out {stdout};
    QTextStream m_err {stderr};
};

} // namespace Takt
