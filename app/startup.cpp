#include "startup.h"

#include "core/changefield.h"
#include "document/document.h"
#include "document/recoverysession.h"
#include "document/workshoprecord.h"
#include "editor/highcontrast.h"
#include "mainwindow.h"
#include "startpage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTextStream>
#include <QTranslator>
#include <QUndoStack>

namespace Takt {

void Startup::configureApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Takt"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("taktapp.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Takt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAKT_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Takt"));
    QGuiApplication::setDesktopFileName(QLatin1String(ApplicationId));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.taktapp.Takt.svg")));

    auto *qtTranslator = new QTranslator(qApp);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(qApp);
    // English is the source language, but its plural forms ("1 element", "3 elements") come
    // from takt_en: it is also the fallback for the C locale and untranslated languages.
    if (translator->load(QLocale(), QStringLiteral("takt"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral(":/i18n/takt_en.qm")))
        QCoreApplication::installTranslator(translator);
}

void Startup::prepareHeadlessEnvironment()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
#ifdef Q_OS_UNIX
    const QString folder = QDir::temp().filePath(
        QStringLiteral("takt-runtime-%1").arg(QString::fromLocal8Bit(qgetenv("USER"))));
    if (QDir().mkpath(folder)) {
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(folder));
    }
#endif
}

void Startup::offerRecovery()
{
    const auto orphans = RecoverySession::orphans();
    for (const RecoverySession::Info &info : orphans) {
        const QString name = info.filePath.isEmpty() ? tr("an untitled document")
                                                     : QDir::toNativeSeparators(info.filePath);
        QMessageBox box(
            QMessageBox::Question, tr("Recover unsaved work"),
            tr("Takt closed unexpectedly while %1 had unsaved changes (last written "
               "%2).")
                .arg(name, QLocale().toString(info.updated.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::NoButton);
        box.setInformativeText(tr("Recover opens the document with those changes; saving it then "
                                  "writes them to the file. Discard deletes them for good."));
        QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("Ask &Later"), QMessageBox::RejectRole);
        box.setDefaultButton(recover);
        box.exec();
        if (box.clickedButton() == discard) {
            RecoverySession::discardFolder(info.folder);
        } else if (box.clickedButton() == recover) {
            QString error;
            auto document = Document::recover(info.folder, info.filePath, &error);
            if (!document) {
                QMessageBox::warning(nullptr, tr("Recover unsaved work"), error);
                continue;
            }
            (new MainWindow(std::move(document)))->show();
        }
    }
}

void Startup::applyAutomationTitle(const QString &title)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(widget)) {
            Document *document = window->document();
            document->undoStack()->push(new ChangeField(document->workshop(), WorkshopRecord::Id,
                                                        int(WorkshopMetadata::Field::Title),
                                                        title));
            QTextStream(stdout) << "edited" << Qt::endl;
            return;
        }
    }
}

bool Startup::openWindows(const QStringList &files)
{
    HighContrast::restore();
    offerRecovery();
    bool opened = !QApplication::topLevelWidgets().isEmpty();
    for (const QString &file : files) {
        // A file just recovered is open already: MainWindow::openFile raises its window.
        if (MainWindow::openFile(file, nullptr))
            opened = true;
    }
    if (!opened) {
        // Nothing asked for: recent workshops, a new one or the example, not a blank page.
        (new StartPage)->show();
        opened = true;
    }
    return opened;
}

} // namespace Takt
