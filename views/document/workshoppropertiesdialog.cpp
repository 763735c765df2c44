#include "workshoppropertiesdialog.h"

#include "core/changefield.h"
#include "core/fieldtext.h"
#include "document/document.h"
#include "document/workshoprecord.h"
#include "editor/datefield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Takt {

namespace {
/** @p field with its refusal in words right under it. */
QWidget *withMessage(DateField *field, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *message = new QLabel(box);
    message->setObjectName(field->objectName() + QLatin1String("_message"));
    message->setWordWrap(true);
    message->hide();
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    layout->addWidget(message);
    QObject::connect(field, &DateField::refusalChanged, message, [message](const QString &text) {
        message->setText(text);
        message->setVisible(!text.isEmpty());
    });
    return box;
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
    m_startDate = new DateField(m.startDate, this);
    m_startDate->setObjectName(QStringLiteral("start_date"));
    m_endDate = new DateField(m.endDate, this);
    m_endDate->setObjectName(QStringLiteral("end_date"));
    // A workshop ends on or after its first day: the end's calendar opens there.
    m_endDate->setSuggestion([this] { return m_startDate->date(); });
    m_location = new QLineEdit(m.location, this);
    m_facilitators = textEdit(m.facilitators, 3, this);
    m_facilitators->setPlaceholderText(tr("One per line"));
    m_objective = textEdit(m.objective, 3, this);
    m_notes = textEdit(m.notes, 6, this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Te&am:"), m_organisation);
    form->addRow(tr("&Start date:"), withMessage(m_startDate, this));
    form->addRow(tr("&End date:"), withMessage(m_endDate, this));
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
    for (DateField *field : {m_startDate, m_endDate}) {
        if (!field->commit()) { // the reason is shown under it
            field->setFocus();
            return;
        }
    }
    const QDate start = m_startDate->date();
    const QDate end = m_endDate->date();
    if (start.isValid() && end.isValid() && end < start) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The end date (%1) is before the start date (%2).")
                                 .arg(FieldText::formatDate(end), FieldText::formatDate(start)));
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
