#include "xmrchart.h"

#include <algorithm>
#include <cmath>

namespace Takt {

namespace {

/** +1 above @p line (strictly), −1 below, 0 on it. */
int sideOf(double x, double line)
{
    return x > line ? 1 : (x < line ? -1 : 0);
}

/** Rules 2 and 3: @p k of the last @p window points beyond @p width on one side, the last of
 *  them beyond it itself; reported at that last point. */
void windowRule(const QList<double> &x,
                const XmrChart::Phase &phase,
                double width,
                int k,
                int window,
                XmrChart::Rule rule,
                QList<XmrChart::Signal> *out)
{
    const double upper = phase.limits.centre + width, lower = phase.limits.centre - width;
    int above = 0, below = 0; // beyond, among the last `window` points
    for (int i = phase.start; i < phase.end; ++i) {
        above += x.at(i) > upper;
        below += x.at(i) < lower;
        if (i - window >= phase.start) {
            above -= x.at(i - window) > upper;
            below -= x.at(i - window) < lower;
        }
        if ((above >= k && x.at(i) > upper) || (below >= k && x.at(i) < lower))
            out->append({i, rule});
    }
}

} // namespace

const XmrChart::Phase *XmrChart::Result::phaseOf(int index) const
{
    for (const Phase &p : phases)
        if (index >= p.start && index < p.end)
            return &p;
    return nullptr;
}

XmrChart::Limits XmrChart::limits(const QList<double> &values, int from, int to)
{
    Limits l;
    to = std::min(to, int(values.size()));
    l.points = std::max(0, to - from);
    if (l.points == 0)
        return l;
    double sum = 0, ranges = 0;
    for (int i = from; i < to; ++i) {
        sum += values.at(i);
        if (i > from)
            ranges += std::fabs(values.at(i) - values.at(i - 1));
    }
    l.centre = sum / l.points;
    l.mrBar = l.points > 1 ? ranges / (l.points - 1) : 0;
    l.unpl = l.centre + 2.66 * l.mrBar;
    l.lnpl = l.centre - 2.66 * l.mrBar;
    l.url = 3.268 * l.mrBar;
    return l;
}

XmrChart::Result XmrChart::analyse(const QList<double> &x, const QList<PhaseSpec> &specs)
{
    Result r;
    const int n = int(x.size());
    QList<PhaseSpec> starts = specs;
    std::sort(starts.begin(), starts.end(),
              [](const PhaseSpec &a, const PhaseSpec &b) { return a.start < b.start; });
    if (starts.isEmpty() || starts.first().start > 0)
        starts.prepend({0, 0});
    for (int p = 0; p < starts.size(); ++p) {
        Phase phase;
        phase.start = std::clamp(starts.at(p).start, 0, n);
        phase.end = p + 1 < starts.size() ? std::clamp(starts.at(p + 1).start, 0, n) : n;
        if (phase.end <= phase.start)
            continue;
        const int baseline = starts.at(p).baseline;
        phase.limits = limits(
            x, phase.start, baseline > 0 ? std::min(phase.end, phase.start + baseline) : phase.end);
        r.phases << phase;
    }
    r.movingRanges.fill(std::nullopt, n);
    QList<Signal> found;
    for (const Phase &phase : std::as_const(r.phases)) {
        const Limits &l = phase.limits;
        const double s = l.sigma();
        for (int i = phase.start; i < phase.end; ++i) {
            if (std::fabs(x.at(i) - l.centre) > 3 * s)
                found.append({i, Rule::Beyond3Sigma});
            if (i > phase.start) {
                const double mr = std::fabs(x.at(i) - x.at(i - 1));
                r.movingRanges[i] = mr;
                if (mr > l.url)
                    found.append({i, Rule::MovingRange});
            }
        }
        windowRule(x, phase, 2 * s, 2, 3, Rule::TwoOfThree, &found);
        windowRule(x, phase, s, 4, 5, Rule::FourOfFive, &found);
        // Rule 4: the 8th point of a run on one side and every later point of it; a point on
        // the centre line ends the run.
        int run = 0, side = 0;
        for (int i = phase.start; i < phase.end; ++i) {
            const int now = sideOf(x.at(i), l.centre);
            run = now != 0 && now == side ? run + 1 : (now != 0 ? 1 : 0);
            side = now;
            if (run >= 8)
                found.append({i, Rule::RunOfEight});
        }
    }
    std::sort(found.begin(), found.end(), [](const Signal &a, const Signal &b) {
        return a.index != b.index ? a.index < b.index : int(a.rule) < int(b.rule);
    });
    r.signalsFound = found;
    return r;
}

QString XmrChart::ruleKey(Rule rule)
{
    return rule == Rule::MovingRange ? QStringLiteral("mr") : QString::number(int(rule));
}

QString XmrChart::ruleName(Rule rule)
{
    switch (rule) {
    case Rule::Beyond3Sigma:
        return tr("beyond the limits (3σ)");
    case Rule::TwoOfThree:
        return tr("2 of 3 beyond 2σ on one side");
    case Rule::FourOfFive:
        return tr("4 of 5 beyond 1σ on one side");
    case Rule::RunOfEight:
        return tr("8 in a row on one side of the centre");
    case Rule::MovingRange:
        return tr("a jump above the range limit");
    }
    return {};
}

} // namespace Takt
