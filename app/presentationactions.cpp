#include "presentationactions.h"

#include "mainwindow.h"

#include "document/artefactstore.h"
#include "document/document.h"
#include "editor/artefacteditor.h"
#include "editor/highcontrast.h"
#include "editor/presentationwindow.h"
#include "pack/slidedeck.h"
#include "pack/slideexporter.h"

#include <QActionGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>

namespace Takt {

PresentationActions::PresentationActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{ }

qreal PresentationActions::textShare()
{
    return QSettings()
        .value(QStringLiteral("presentation/textShare"), SlideDeck::DefaultTextShare)
        .toDouble();
}

void PresentationActions::addViewActions(QMenu *view)
{
    QAction *present = view->addAction(tr("&Present"), this, &PresentationActions::present);
    present->setShortcut(QKeySequence(Qt::Key_F5));
    present->setObjectName(QStringLiteral("present"));
    // The smallest text's share of the screen: about 1/200 of the farthest viewer's distance.
    QMenu *size = view->addMenu(tr("Presentation &Text Size"));
    auto *sizes = new QActionGroup(size);
    const QList<QPair<QString, qreal>> choices = {{tr("&Room (text 2.5 % of the screen)"), 0.025},
                                                  {tr("&Large room (3.5 %)"), 0.035},
                                                  {tr("&Hall (5 %)"), 0.05}};
    for (const auto &[text, share] : choices) {
        QAction *choice = size->addAction(text);
        choice->setCheckable(true);
        choice->setChecked(qFuzzyCompare(share, textShare()));
        sizes->addAction(choice);
        const qreal value = share;
        connect(choice, &QAction::triggered, this,
                [value] { QSettings().setValue(QStringLiteral("presentation/textShare"), value); });
    }
    view->addSeparator();
    QAction *contrast = view->addAction(tr("&High Contrast"));
    contrast->setObjectName(QStringLiteral("high-contrast"));
    contrast->setCheckable(true);
    contrast->setChecked(HighContrast::isOn());
    contrast->setStatusTip(tr("The projector palette for the window: every text at least 4.5:1 "
                              "against its background"));
    connect(contrast, &QAction::toggled, this, &HighContrast::setOn);
}

void PresentationActions::addFileActions(QMenu *file)
{
    file->addAction(tr("Export S&lides (PDF, 16:9)…"), this, &PresentationActions::exportSlides);
}

void PresentationActions::present()
{
    Document *document = m_window->document();
    EntityId start = m_window->currentEditor() ? m_window->currentEditor()->artefactId() : 0;
    for (const ArtefactStore *store : document->stores())
        if (!start && !store->artefacts().isEmpty())
            start = store->artefacts().first();
    // The projector when there are two screens: the one this window is not on.
    QScreen *screen = m_window->screen();
    for (QScreen *other : QGuiApplication::screens())
        if (other != m_window->screen()) {
            screen = other;
            break;
        }
    auto *presentation = new PresentationWindow(document, start, textShare());
    presentation->present(screen);
}

void PresentationActions::exportSlides()
{
    Document *document = m_window->document();
    const QFileInfo file(document->filePath());
    const QString suggestion = document->filePath().isEmpty()
        ? QDir::home().filePath(tr("slides.pdf"))
        : file.absoluteDir().filePath(file.completeBaseName() + tr("-slides.pdf"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Slides"), suggestion,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    int slides = 0;
    if (!SlideExporter::write(*document, path, &error, textShare(), {}, &slides)) {
        QMessageBox::warning(m_window, tr("Export Slides"), error);
        return;
    }
    m_window->showStatus(
        tr("%n slide(s) written to %1", nullptr, slides).arg(QDir::toNativeSeparators(path)), 6000);
}

} // namespace Takt
