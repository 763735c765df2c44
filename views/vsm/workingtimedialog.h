#pragma once

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace Takt {

/**
 * "From monthly demand…" and "From shifts…": one small dialog each, every figure at once, the
 * result shown live as it is typed (WorkingTime does the sums); OK is offered only for a result
 * that can be stored.
 */
class WorkingTimeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Figure { DemandPerDay, AvailableTimePerDay };

    explicit WorkingTimeDialog(Figure figure, QWidget *parent = nullptr);

    /** Units per day, or seconds per day; nothing while the figures cannot give one. */
    std::optional<double> result() const { return m_result; }

private:
    void buildDemand(QFormLayout *form);
    void buildShifts(QFormLayout *form);
    void update();

    const Figure m_figure;
    QDoubleSpinBox *m_perMonth = nullptr;
    QSpinBox *m_days = nullptr;
    QSpinBox *m_shifts = nullptr;
    QDoubleSpinBox *m_hours = nullptr;
    QSpinBox *m_breaks = nullptr;
    QLabel *m_resultLabel;
    QDialogButtonBox *m_buttons;
    std::optional<double> m_result;
};

} // namespace Takt
