#include "artefactkinds.h"
#include "commandline.h"
#include "mainwindow.h"
#include "startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    Takt::registerArtefactKinds();
#ifdef SIGXFSZ
    // A file grown past the size limit (RLIMIT_FSIZE) is a failed write to report, like a
    // full disk, not a signal that kills Takt with the user's work and without a word.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Help and version need no window either; a window needs a display to show on.
    const bool informational = arguments.contains(QLatin1String("--help"))
        || arguments.contains(QLatin1String("-h"))
        || arguments.contains(QLatin1String("--help-all"))
        || arguments.contains(QLatin1String("--version"))
        || arguments.contains(QLatin1String("-v"));
    if (informational && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        Takt::Startup::prepareHeadlessEnvironment();
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!informational && !Takt::CommandLine::isCommand(arguments)
        && !arguments.contains(QLatin1String("-platform"))
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        fprintf(stderr,
                "takt: there is no display to open a window on. Use a command instead, "
                "e.g. \"takt info FILE\" or \"takt export FILE -o PACK.pdf\" "
                "(takt --help lists them).\n");
        return 2;
    }
#endif
    if (Takt::CommandLine::isCommand(arguments)) {
        // Commands never show a window: they must work over ssh and in CI.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        Takt::Startup::prepareHeadlessEnvironment();
        // A QApplication: the pack's charts are drawn by Qt Charts, which needs widgets.
        QApplication app(argc, argv);
        Takt::Startup::configureApplication();
        return Takt::CommandLine().run(app.arguments());
    }

    QApplication app(argc, argv);
    Takt::Startup::configureApplication();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "Lean workshop facilitation: value stream maps, "
                                    "problem solving and the session record.\n\nCommands: "
                                    "%1 (run \"takt COMMAND --help\")")
            .arg(Takt::CommandLine::commandNames().join(QStringLiteral(", "))));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "A .takt document to open."),
                                 QStringLiteral("[FILE]"));
    // For automated tests of crash recovery: an edit made through the undo stack, as a user's.
    QCommandLineOption editTitle(QStringLiteral("automation-edit-title"),
                                 QStringLiteral("Set the workshop title after opening."),
                                 QStringLiteral("title"));
    editTitle.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(editTitle);
    // For the start-up benchmark: quit as soon as the first window has been shown.
    QCommandLineOption quitWhenShown(QStringLiteral("automation-quit-when-shown"),
                                     QStringLiteral("Quit once the window is shown."));
    quitWhenShown.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitWhenShown);
    parser.process(app);

    Takt::Startup startup;
    if (!startup.openWindows(parser.positionalArguments()))
        return 2;
    if (parser.isSet(editTitle))
        startup.applyAutomationTitle(parser.value(editTitle));
    if (parser.isSet(quitWhenShown)) // as File > Quit does, once the window is up
        QTimer::singleShot(0, &app, &QApplication::closeAllWindows);
    const int code = app.exec();
    // Windows closed last are deleted later: delete them now, so that every document releases
    // its lock and its recovery folder before the process ends.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return code;
}
