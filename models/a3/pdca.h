#pragma once

#include "a3report.h"

#include <QCoreApplication>

namespace Takt {

/**
 * The PDCA cycle of an A3: Plan → Do → Check → Act → Done, one stage at a time; from Check a
 * missed target goes back to Plan (the analysis reopened), and from Act another turn starts at
 * Plan. Moving to Check asks for the measured result; whether it meets the target follows from
 * the goal's direction (a target below the baseline is met at or below it).
 */
class Pdca
{
    Q_DECLARE_TR_FUNCTIONS(Pdca)

public:
    static bool canMove(A3Report::Stage from, A3Report::Stage to);
    /** The stage after @p stage (Done stays Done). */
    static A3Report::Stage next(A3Report::Stage stage);
    /** Whether @p report's result meets its target; none without a result and a target. */
    static std::optional<bool> targetMet(const A3Report &report);
    /** A quarter more of the circle per stage: 0 (Plan) to 4 (Done), as a kaizen newspaper. */
    static int quarters(A3Report::Stage stage);
    static QString stageName(A3Report::Stage stage);
    /** A goal's number (baseline, target, result) as the sheet and the navigator write it;
     *  "–" when it is not set. */
    static QString figureText(const std::optional<double> &value);
};

} // namespace Takt
