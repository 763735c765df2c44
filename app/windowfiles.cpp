#include "windowfiles.h"

#include "document/document.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QUndoStack>

namespace Takt {

namespace {
const char *const DocumentFilter
    = QT_TRANSLATE_NOOP("Takt::WindowFiles", "Takt workshops (*.takt)");
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
    file->addAction(tr("&Save"), QKeySequence::Save, this, &WindowFiles::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &WindowFiles::saveAs);
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
    QString error;
    auto document = Document::open(path, &error);
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

void WindowFiles::open()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Workshop"), QSettings().value(QStringLiteral("lastFolder")).toString(),
        tr(DocumentFilter));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("lastFolder"), QFileInfo(path).absolutePath());
    openFile(path, m_window);
}

bool WindowFiles::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
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
