#include "workingtimedialog.h"

#include "common/duration.h"
#include "core/fieldtext.h"
#include "vsm/workingtime.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Takt {

WorkingTimeDialog::WorkingTimeDialog(Figure figure, QWidget *parent)
    : QDialog(parent)
    , m_figure(figure)
    , m_resultLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    auto *form = new QFormLayout;
    if (figure == Figure::DemandPerDay)
        buildDemand(form);
    else
        buildShifts(form);
    m_resultLabel->setObjectName(QStringLiteral("result"));
    m_resultLabel->setWordWrap(true);
    QFont bold = m_resultLabel->font();
    bold.setBold(true);
    m_resultLabel->setFont(bold);
    // Screen readers hear the new result as it changes.
    m_resultLabel->setAccessibleName(tr("Result"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_buttons);
    update();
}

void WorkingTimeDialog::buildDemand(QFormLayout *form)
{
    setWindowTitle(tr("Demand per Day"));
    m_perMonth = new QDoubleSpinBox(this);
    m_perMonth->setObjectName(QStringLiteral("demand_per_month"));
    m_perMonth->setRange(0, 1e9);
    m_perMonth->setDecimals(1);
    m_perMonth->setValue(40);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("working_days"));
    m_days->setRange(1, 31);
    m_days->setValue(20);
    form->addRow(tr("Demand per &month:"), m_perMonth);
    form->addRow(tr("&Working days per month:"), m_days);
    connect(m_perMonth, &QDoubleSpinBox::valueChanged, this, &WorkingTimeDialog::update);
    connect(m_days, &QSpinBox::valueChanged, this, &WorkingTimeDialog::update);
}

void WorkingTimeDialog::buildShifts(QFormLayout *form)
{
    setWindowTitle(tr("Available Time per Day"));
    m_shifts = new QSpinBox(this);
    m_shifts->setObjectName(QStringLiteral("shifts"));
    m_shifts->setRange(1, 3);
    m_shifts->setValue(1);
    m_hours = new QDoubleSpinBox(this);
    m_hours->setObjectName(QStringLiteral("hours_per_shift"));
    m_hours->setRange(0.5, 24);
    m_hours->setSingleStep(0.5);
    m_hours->setValue(8);
    m_hours->setSuffix(QStringLiteral(" h"));
    m_breaks = new QSpinBox(this);
    m_breaks->setObjectName(QStringLiteral("break_minutes"));
    m_breaks->setRange(0, 600);
    m_breaks->setSingleStep(5);
    m_breaks->setSuffix(QStringLiteral(" min"));
    form->addRow(tr("&Shifts per day (3 for 24/7):"), m_shifts);
    form->addRow(tr("&Hours per shift:"), m_hours);
    form->addRow(tr("&Breaks per shift:"), m_breaks);
    connect(m_shifts, &QSpinBox::valueChanged, this, &WorkingTimeDialog::update);
    connect(m_hours, &QDoubleSpinBox::valueChanged, this, &WorkingTimeDialog::update);
    connect(m_breaks, &QSpinBox::valueChanged, this, &WorkingTimeDialog::update);
}

void WorkingTimeDialog::update()
{
    QString error;
    if (m_figure == Figure::DemandPerDay) {
        m_result = WorkingTime::demandPerDay(m_perMonth->value(), m_days->value(), &error);
        if (m_result)
            m_resultLabel->setText(
                tr("Demand per day: %1").arg(QLocale().toString(*m_result, 'g', 4)));
    } else {
        m_result = WorkingTime::availableTimePerDay(m_shifts->value(), m_hours->value(),
                                                    m_breaks->value(), &error);
        if (m_result)
            m_resultLabel->setText(
                tr("Available time per day: %1").arg(Duration::format(*m_result)));
    }
    if (!m_result)
        m_resultLabel->setText(FieldText::sentence(error));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_result.has_value());
}

} // namespace Takt
