#pragma once

#include <QDate>
#include <QWidget>

#include <functional>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace Takt {

/**
 * A date as people type it ("3 Dec 2026", the locale's form or ISO 8601) or pick it from a
 * calendar, or no date at all. Empty shows "not set"; the clear button unsets it. The calendar
 * opens at the date shown, else at the suggestion (an end date opens at its start), else today.
 * Text that is not a date is kept for correction and said why (FieldText), never stored.
 */
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(const QDate &date = QDate(), QWidget *parent = nullptr);

    /** The date typed or picked; invalid for none (and while the text is refused). */
    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    /** Where the calendar opens while no date is set (today when this gives none). */
    void setSuggestion(std::function<QDate()> suggestion) { m_suggestion = std::move(suggestion); }

    bool isRefused() const { return !m_refusal.isEmpty(); }
    QString refusal() const { return m_refusal; }
    QLineEdit *lineEdit() const { return m_edit; }
    QCalendarWidget *calendar() const { return m_calendar; }

    /** Reads the text now (as leaving the field does); false when it is not a date. */
    bool commit();
    void showCalendar();

Q_SIGNALS:
    void dateChanged(const QDate &date);
    void refusalChanged(const QString &refusal);

private:
    void pick(const QDate &date);

    QLineEdit *m_edit;
    QToolButton *m_calendarButton;
    QCalendarWidget *m_calendar;
    QDate m_date;
    QString m_refusal;
    std::function<QDate()> m_suggestion;
};

} // namespace Takt
