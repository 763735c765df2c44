#include "pdca.h"

#include <QLocale>

namespace Takt {

using Stage = A3Report::Stage;

bool Pdca::canMove(Stage from, Stage to)
{
    if (to == Stage::Plan)
        return from == Stage::Check || from == Stage::Act; // reopened, or another turn
    return from != Stage::Done && to == next(from);
}

Stage Pdca::next(Stage stage)
{
    switch (stage) {
    case Stage::Plan:
        return Stage::Do;
    case Stage::Do:
        return Stage::Check;
    case Stage::Check:
        return Stage::Act;
    case Stage::Act:
    case Stage::Done:
        break;
    }
    return Stage::Done;
}

std::optional<bool> Pdca::targetMet(const A3Report &report)
{
    if (!report.result || !report.target)
        return std::nullopt;
    // Without a baseline, or with one below the target, more is better.
    const bool lowerIsBetter = report.baseline && *report.target < *report.baseline;
    return lowerIsBetter ? *report.result <= *report.target : *report.result >= *report.target;
}

int Pdca::quarters(Stage stage)
{
    return int(stage);
}

QString Pdca::stageName(Stage stage)
{
    return A3Report::fields().choiceLabel(int(A3Report::Field::Stage), int(stage));
}

QString Pdca::figureText(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 6) : QStringLiteral("–");
}

} // namespace Takt
