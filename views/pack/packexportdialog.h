#pragma once

#include "pack/packoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Takt {

class Document;

/** File ▸ Export Session Pack: which sections, which paper, where; then writes the PDF with a
 *  progress dialog that can cancel (leaving no partial file behind). */
class PackExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PackExportDialog(const Document *document, QWidget *parent = nullptr);

    PackOptions options() const;
    QString path() const;
    void accept() override;

private:
    void browse();
    const Document *const m_document;
    QList<QPair<QString, QCheckBox *>> m_sections;
    QComboBox *m_paper;
    QLineEdit *m_path;
};

} // namespace Takt
