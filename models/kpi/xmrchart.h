#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Takt {

/**
 * The XmR (individuals and moving range) control chart of a measured series, as pure
 * functions: the natural process limits, the phases a process change starts, and the Western
 * Electric rules, each signal named by its rule (docs/kpi.md has the convention).
 *
 *   mR_i = |x_i − x_(i−1)|, within a phase       centre X̄ = mean of the limit points
 *   mR̄ = mean of the limit points' moving ranges  σ̂ = mR̄ / 1.128
 *   natural process limits X̄ ± 2.66·mR̄           upper range limit 3.268·mR̄
 */
class XmrChart
{
    Q_DECLARE_TR_FUNCTIONS(XmrChart)

public:
    enum class Rule {
        Beyond3Sigma = 1, // a point beyond 3σ̂
        TwoOfThree = 2, // two of three successive beyond 2σ̂ on one side
        FourOfFive = 3, // four of five successive beyond 1σ̂ on one side
        RunOfEight = 4, // eight successive on one side of the centre line
        MovingRange = 5, // a moving range above the upper range limit ("mr")
    };

    /** Where a phase starts (0-based), and how many of its first points the limits come
     *  from, frozen for the rest of it (0: all of its points). */
    struct PhaseSpec
    {
        int start = 0;
        int baseline = 0;
    };

    struct Limits
    {
        double centre = 0;
        double mrBar = 0;
        double lnpl = 0; // X̄ − 2.66·mR̄
        double unpl = 0; // X̄ + 2.66·mR̄
        double url = 0; // 3.268·mR̄
        int points = 0; // how many points they come from
        double sigma() const { return mrBar / 1.128; }
        /** Fewer than 10 points: the limits are provisional. */
        bool provisional() const { return points < 10; }
    };

    struct Phase
    {
        int start = 0; // first point, 0-based over the whole series
        int end = 0; // one past its last point
        Limits limits;
    };

    struct Signal
    {
        int index = 0; // 0-based over the whole series
        Rule rule = Rule::Beyond3Sigma;
        bool operator==(const Signal &o) const { return index == o.index && rule == o.rule; }
    };

    struct Result
    {
        QList<Phase> phases;
        QList<Signal> signalsFound; // the signals, by index, then by rule
        /** mR of each point; none for the first point of each phase. */
        QList<std::optional<double>> movingRanges;
        const Phase *phaseOf(int index) const;
    };

    /** The chart of @p values; one phase over all of them when @p phases is empty. */
    static Result analyse(const QList<double> &values, const QList<PhaseSpec> &phases = {});
    /** The limits from @p values[from, to), with their moving ranges inside that span only. */
    static Limits limits(const QList<double> &values, int from, int to);

    /** "1", "2", "3", "4" or "mr": the rule as `takt kpi --json` names it. */
    static QString ruleKey(Rule rule);
    /** "beyond the limits", "2 of 3 beyond 2σ", …: the rule in words. */
    static QString ruleName(Rule rule);
};

} // namespace Takt
