#include "windowfiles.h"

#include "document/artefactfiles.h"
#include "document/document.h"
#include "document/documentlock.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QUndoStack>

namespace Takt {

namespace {
const char *const DocumentFilter
    = QT_TRANSLATE_NOOP("Takt::WindowFiles", "Takt workshops (*.takt)");
// A Takt JSON file can be chosen in Open too: it is offered for import rather than refused.
const char *const OpenFilter = QT_TRANSLATE_NOOP(
    "Takt::WindowFiles", "Takt workshops (*.takt);;Takt JSON files to import (*.json)");
constexpr int MaxRecentFiles = 8;
} // namespace

WindowFiles::WindowFiles(MainWindow *window, Document *document)
    : QObject(window)
    , m_window(window)
    , m_document(document)
{ }

void WindowFiles::addActions(QMenu *file)
{
    file->addAction(tr("&New"), QKeySequence::New, this, [] {
        QString error;
        auto document = Document::createNew(&error);
        if (!document) {
            QMessageBox::critical(nullptr, tr("New Workshop"), error);
            return;
        }
        (new MainWindow(std::move(document)))->show();
    });
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &WindowFiles::open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentFiles();
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &WindowFiles::save)
        ->setObjectName(QStringLiteral("save"));
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &WindowFiles::saveAs)
        ->setObjectName(QStringLiteral("save-as"));
}

bool WindowFiles::openFile(const QString &path, QWidget *parent)
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<MainWindow *>(widget);
            window && window->document()->filePath() == QFileInfo(path).absoluteFilePath()) {
            window->raise();
            window->activateWindow();
            return true;
        }
    if (isJson(path))
        return importInstead(path, parent);
    QString error;
    auto document = Document::open(path, &error);
    if (!document && DocumentLock::holder(path)) {
        if (const auto access = askAboutLock(error, parent))
            document = Document::open(path, &error, *access);
        else
            return false;
    }
    if (!document) {
        QMessageBox::warning(parent, tr("Open Workshop"), error);
        return false;
    }
    auto *window = new MainWindow(std::move(document));
    window->show();
    // Replace an untouched empty window rather than pile windows up.
    if (auto *current = qobject_cast<MainWindow *>(parent); current
        && current->document()->filePath().isEmpty() && !current->document()->isModified()
        && current->document()->undoStack()->count() == 0)
        current->close();
    return true;
}

bool WindowFiles::isJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // A Takt JSON file starts with "{" (after any white space); a .takt file with "SQLite".
    const QByteArray start = file.read(64).trimmed();
    return start.startsWith('{');
}

bool WindowFiles::importInstead(const QString &path, QWidget *parent)
{
    auto *window = qobject_cast<MainWindow *>(parent);
    const QString name = QFileInfo(path).fileName();
    QMessageBox question(QMessageBox::Question, tr("Open Workshop"),
                         tr("%1 is a Takt JSON file, not a workshop.").arg(name),
                         QMessageBox::Cancel, parent);
    question.setInformativeText(
        window ? tr("Import it into this workshop? It is added as one step you can undo.")
               : tr("Import it into a new workshop?"));
    QPushButton *import = question.addButton(tr("&Import"), QMessageBox::AcceptRole);
    import->setObjectName(QStringLiteral("import"));
    question.setDefaultButton(import);
    question.exec();
    if (question.clickedButton() != import)
        return false;
    if (!window) {
        QString error;
        auto document = Document::createNew(&error);
        if (!document) {
            QMessageBox::critical(parent, tr("Open Workshop"), error);
            return false;
        }
        window = new MainWindow(std::move(document));
        window->show();
    }
    QString error;
    if (!ArtefactFiles::importFile(*window->document(), path, &error)) {
        QMessageBox::warning(window, tr("Import"), error);
        return false;
    }
    return true;
}

std::optional<Document::Access> WindowFiles::askAboutLock(const QString &problem, QWidget *parent)
{
    QMessageBox question(QMessageBox::Warning, tr("Open Workshop"), problem, QMessageBox::Cancel,
                         parent);
    question.setInformativeText(
        tr("Open a copy to work on it beside the other Takt and save it under another name. "
           "Open it anyway only if that Takt has stopped: two Takts saving one file overwrite "
           "each other's work."));
    QPushButton *copy = question.addButton(tr("Open a &Copy"), QMessageBox::AcceptRole);
    copy->setObjectName(QStringLiteral("open_copy"));
    QPushButton *anyway = question.addButton(tr("Open &Anyway"), QMessageBox::DestructiveRole);
    anyway->setObjectName(QStringLiteral("open_anyway"));
    question.setDefaultButton(copy);
    question.exec();
    if (question.clickedButton() == copy)
        return Document::Access::Copy;
    if (question.clickedButton() == anyway)
        return Document::Access::TakeOver;
    return std::nullopt;
}

QString WindowFiles::chooseFileToOpen(QWidget *parent)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Open Workshop"), QSettings().value(QStringLiteral("lastFolder")).toString(),
        tr(OpenFilter));
    if (!path.isEmpty())
        QSettings().setValue(QStringLiteral("lastFolder"), QFileInfo(path).absolutePath());
    return path;
}

void WindowFiles::open()
{
    if (const QString path = chooseFileToOpen(m_window); !path.isEmpty())
        openFile(path, m_window);
}

bool WindowFiles::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    // Never a new file where the old one was, nor over a file marked read-only: ask where.
    const QString name = QDir::toNativeSeparators(m_document->filePath());
    if (m_document->isFileMissing()) {
        QMessageBox::information(m_window, tr("Save Workshop"),
                                 tr("%1 is no longer there: it was moved, renamed or deleted. "
                                    "All your work is still here: choose where to save it.")
                                     .arg(name));
        return saveAs();
    }
    if (const QString reason = m_document->readOnlyReason(); !reason.isEmpty()) {
        QMessageBox::information(m_window, tr("Save Workshop"),
                                 tr("%1 cannot be saved over: %2. All your work is still here: "
                                    "choose another file to save it in.")
                                     .arg(name, reason));
        return saveAs();
    }
    QString error;
    if (!m_document->save(m_document->filePath(), &error)) {
        QMessageBox::critical(m_window, tr("Save Workshop"), error);
        return false;
    }
    m_window->showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())),
                         4000);
    return true;
}

bool WindowFiles::saveAs()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty()) {
        const QString title = m_document->metadata().title;
        suggestion
            = QDir(QSettings().value(QStringLiteral("lastFolder"), QDir::homePath()).toString())
                  .filePath((title.isEmpty() ? tr("workshop") : title) + QStringLiteral(".takt"));
    }
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Workshop As"), suggestion,
                                                tr(DocumentFilter));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".takt");
    QSettings().setValue(QStringLiteral("lastFolder"), QFileInfo(path).absolutePath());
    QString error;
    if (!m_document->save(path, &error)) {
        QMessageBox::critical(m_window, tr("Save Workshop"), error);
        return false;
    }
    addRecentFile(m_document->filePath());
    return true;
}

bool WindowFiles::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved Changes"),
        tr("Save the changes to \"%1\" before closing?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void WindowFiles::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<MainWindow *>(widget))
            if (auto *files = window->findChild<WindowFiles *>())
                files->updateRecentFiles();
}

void WindowFiles::updateRecentFiles()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &file : files)
        m_recentMenu->addAction(QDir::toNativeSeparators(file), this,
                                [this, file] { openFile(file, m_window); });
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace Takt
