#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace Takt {

class DateField;
class Document;

/** File ▸ Workshop Properties: edits the metadata the pack's cover shows; OK is one undo step. */
class WorkshopPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WorkshopPropertiesDialog(Document *document, QWidget *parent = nullptr);

    void accept() override;

private:
    Document *const m_document;
    QLineEdit *m_title;
    QLineEdit *m_organisation;
    DateField *m_startDate;
    DateField *m_endDate;
    QLineEdit *m_location;
    QPlainTextEdit *m_facilitators;
    QPlainTextEdit *m_objective;
    QPlainTextEdit *m_notes;
};

} // namespace Takt
