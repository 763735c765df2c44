#include "datefield.h"

#include "core/fieldtext.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolButton>

namespace Takt {

DateField::DateField(const QDate &date, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_calendarButton(new QToolButton(this))
    , m_calendar(new QCalendarWidget(this))
{
    m_edit->setPlaceholderText(tr("not set"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(tr("Type a date, e.g. %1 or %2, or leave it empty for none.")
                           .arg(FieldText::formatDate(QDate::currentDate()),
                                QDate::currentDate().toString(Qt::ISODate)));
    m_calendarButton->setText(tr("Calendar…"));
    m_calendarButton->setToolTip(tr("Pick the date from a calendar (Alt+Down)"));
    m_calendarButton->setAccessibleName(tr("Pick from a calendar"));
    m_calendar->setWindowFlags(Qt::Popup);
    m_calendar->setGridVisible(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_calendarButton);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::commit);
    // The clear button unsets the date at once, as pressing it says.
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_edit->hasFocus())
            commit();
    });
    connect(m_calendarButton, &QToolButton::clicked, this, &DateField::showCalendar);
    connect(m_calendar, &QCalendarWidget::clicked, this, &DateField::pick);
    connect(m_calendar, &QCalendarWidget::activated, this, &DateField::pick);
    // Alt+Down opens the calendar, as in a combo box.
    auto *open = new QAction(this);
    open->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(open, &QAction::triggered, this, &DateField::showCalendar);
    addAction(open);
    setDate(date);
}

void DateField::setDate(const QDate &date)
{
    m_date = date;
    m_edit->setText(FieldText::formatDate(date));
    if (!m_refusal.isEmpty()) {
        m_refusal.clear();
        Q_EMIT refusalChanged(m_refusal);
    }
}

bool DateField::commit()
{
    FieldDef def;
    def.type = FieldType::Date;
    QVariant value;
    QString reason;
    const QString before = m_refusal;
    if (!FieldText::parse(def, m_edit->text(), &value, &reason)) {
        m_refusal = FieldText::sentence(reason);
        if (m_refusal != before)
            Q_EMIT refusalChanged(m_refusal);
        return false;
    }
    const QDate date = value.toDate();
    m_refusal.clear();
    if (!before.isEmpty())
        Q_EMIT refusalChanged(m_refusal);
    m_edit->setText(FieldText::formatDate(date)); // "2026-12-03" reads back as "3 Dec 2026"
    if (date != m_date) {
        m_date = date;
        Q_EMIT dateChanged(date);
    }
    return true;
}

void DateField::showCalendar()
{
    commit();
    QDate start = m_date;
    if (!start.isValid() && m_suggestion)
        start = m_suggestion();
    if (!start.isValid())
        start = QDate::currentDate();
    m_calendar->setSelectedDate(start);
    m_calendar->setCurrentPage(start.year(), start.month());
    m_calendar->adjustSize();
    m_calendar->move(mapToGlobal(QPoint(0, height())));
    m_calendar->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateField::pick(const QDate &date)
{
    m_calendar->hide();
    const bool changed = date != m_date;
    setDate(date);
    if (changed)
        Q_EMIT dateChanged(date);
    m_edit->setFocus(Qt::OtherFocusReason);
}

} // namespace Takt
