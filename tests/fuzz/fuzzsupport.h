#pragma once

// Shared by the fuzz targets (issue 11, part 3): the application every input runs in, made
// once, headless, with the kinds registered and the recovery folders in a test location.

#include "artefactkinds.h"

#include <QApplication>
#include <QByteArray>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace TaktFuzz {

/** Qt's warnings on bad input are expected by the thousand: only a fatal one is a finding. */
inline void quiet(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        abort();
    }
}

/** Starts the application once, before the first input. */
inline void start(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    qInstallMessageHandler(quiet);
    // Never destroyed: libFuzzer ends the process with exit(), after Qt's SQL globals are
    // gone, which a static application's destructor would still use. Qt keeps the reference
    // to argc, which is libFuzzer's (or main's) own and outlives it.
    static auto *app = new QApplication(*argc, *argv);
    Q_UNUSED(app)
    QCoreApplication::setOrganizationName(QStringLiteral("TaktFuzz"));
    QCoreApplication::setApplicationName(QStringLiteral("TaktFuzz"));
    Takt::registerArtefactKinds();
}

/** A folder of the run's own, for the files an input is written to. */
inline const QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

/** Writes @p data to @p name in scratch(); its path. */
inline QString writeInput(const QString &name, const uint8_t *data, size_t size)
{
    const QString path = scratch().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        abort(); // the fuzzer's own folder: nothing to find here
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

} // namespace TaktFuzz

/** Each target's start (fuzzsupport.cpp: TaktFuzz::start) and input, as libFuzzer calls them,
 *  and corpusrunner.cpp without it. */
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
