#include "workshoppropertiesdialog.h"

#include "core/changefield.h"
#include "document/document.h"
#include "document/workshoprecord.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Takt {

namespace {
QDateEdit *dateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    // An unset date shows as the minimum, which the special text renders as "not set".
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(WorkshopPropertiesDialog::tr("not set"));
    edit->setDate(date.isValid() ? date : edit->minimumDate());
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

QPlainTextEdit *textEdit(const QString &text, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}
} // namespace

WorkshopPropertiesDialog::WorkshopPropertiesDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Workshop Properties"));
    const WorkshopMetadata &m = document->metadata();
    m_title = new QLineEdit(m.title, this);
    m_title->setPlaceholderText(tr("e.g. Model retraining kaizen"));
    m_organisation = new QLineEdit(m.organisation, this);
    m_startDate = dateEdit(m.startDate, this);
    m_endDate = dateEdit(m.endDate, this);
    m_location = new QLineEdit(m.location, this);
    m_facilitators = textEdit(m.facilitators, 3, this);
    m_facilitators->setPlaceholderText(tr("One per line"));
    m_objective = textEdit(m.objective, 3, this);
    m_notes = textEdit(m.notes, 6, this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Te&am:"), m_organisation);
    form->addRow(tr("&Start date:"), m_startDate);
    form->addRow(tr("&End date:"), m_endDate);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Facilitators:"), m_facilitators);
    form->addRow(tr("&Objective:"), m_objective);
    form->addRow(tr("&Notes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void WorkshopPropertiesDialog::accept()
{
    const QDate start = dateOf(m_startDate);
    const QDate end = dateOf(m_endDate);
    if (start.isValid() && end.isValid() && end < start) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The end date (%1) is before the start date (%2).")
                                 .arg(QLocale().toString(end, QLocale::ShortFormat),
                                      QLocale().toString(start, QLocale::ShortFormat)));
        m_endDate->setFocus();
        return;
    }
    using F = WorkshopMetadata::Field;
    const QList<QPair<F, QVariant>> values = {
        {F::Title, m_title->text().trimmed()},
        {F::Organisation, m_organisation->text().trimmed()},
        {F::StartDate, start},
        {F::EndDate, end},
        {F::Location, m_location->text().trimmed()},
        {F::Facilitators, m_facilitators->toPlainText().trimmed()},
        {F::Objective, m_objective->toPlainText().trimmed()},
        {F::Notes, m_notes->toPlainText()},
    };
    QUndoStack *stack = m_document->undoStack();
    bool begun = false;
    for (const auto &[field, value] : values) {
        if (m_document->metadata().value(field) == value)
            continue;
        if (!begun) {
            stack->beginMacro(tr("Edit workshop properties"));
            begun = true;
        }
        stack->push(new ChangeField(m_document->workshop(), WorkshopRecord::Id, int(field), value));
    }
    if (begun)
        stack->endMacro();
    QDialog::accept();
}

} // namespace Takt
