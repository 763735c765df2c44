#include "packexportdialog.h"

#include "document/document.h"
#include "pack/packexporter.h"
#include "pack/packsection.h"
#include "pack/packsections.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace Takt {

PackExportDialog::PackExportDialog(const Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_paper(new QComboBox(this))
    , m_path(new QLineEdit(this))
{
    setWindowTitle(tr("Export Session Pack"));
    auto *sections = new QGroupBox(tr("Sections"), this);
    auto *sectionLayout = new QVBoxLayout(sections);
    for (const auto &section : PackSections::all()) {
        auto *box = new QCheckBox(section->title(), sections);
        const bool available = section->hasContent(*document, PackOptions());
        box->setChecked(available);
        box->setEnabled(available);
        if (!available)
            box->setToolTip(tr("Nothing in this workshop for this section yet."));
        sectionLayout->addWidget(box);
        m_sections << qMakePair(section->key(), box);
    }

    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    // Letter where the locale uses it; A4 elsewhere.
    const QLocale::Territory territory = QLocale().territory();
    if (territory == QLocale::UnitedStates || territory == QLocale::Canada)
        m_paper->setCurrentIndex(1);

    QString suggestion = m_document->filePath();
    suggestion = suggestion.isEmpty()
        ? QDir::home().filePath(tr("session-pack.pdf"))
        : QFileInfo(suggestion)
              .absoluteDir()
              .filePath(QFileInfo(suggestion).completeBaseName() + tr("-session-pack.pdf"));
    m_path->setText(QDir::toNativeSeparators(suggestion));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &PackExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Paper:"), m_paper);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path); // a row holding a layout gets no buddy of its own
    form->addRow(fileLabel, pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sections);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 70), sizeHint().height());
}

void PackExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

PackOptions PackExportDialog::options() const
{
    PackOptions options;
    for (const auto &[key, box] : m_sections)
        if (box->isChecked())
            options.sections << key;
    options.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    return options;
}

QString PackExportDialog::path() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    return path;
}

void PackExportDialog::accept()
{
    const PackOptions chosen = options();
    if (chosen.sections.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose at least one section."));
        return;
    }
    const QString target = path();
    if (target.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose where to save the pack."));
        m_path->setFocus();
        return;
    }
    if (QFileInfo::exists(target)
        && QMessageBox::question(this, windowTitle(),
                                 tr("%1 exists. Replace it?").arg(QDir::toNativeSeparators(target)))
            != QMessageBox::Yes)
        return;

    QProgressDialog progress(tr("Writing the session pack…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString error;
    const auto result = PackExporter::write(
        *m_document, target, chosen,
        [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            return !progress.wasCanceled();
        },
        &error);
    progress.reset();
    if (result == PackExporter::Result::Failed) {
        QMessageBox::critical(this, windowTitle(), error);
        return;
    }
    if (result == PackExporter::Result::Cancelled)
        return; // nothing was written; the dialog stays for another try
    QMessageBox box(QMessageBox::Information, windowTitle(),
                    tr("The session pack was written to %1.").arg(QDir::toNativeSeparators(target)),
                    QMessageBox::Ok, this);
    QPushButton *open = box.addButton(tr("&Open It"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(target));
    QDialog::accept();
}

} // namespace Takt
