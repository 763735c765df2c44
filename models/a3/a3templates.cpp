#include "a3templates.h"

namespace Takt {

QList<A3Templates::Template> A3Templates::all()
{
    return {Empty, AccuracyDropped, SlowRetraining, LabelingBacklog, LatencyOverSlo};
}

QString A3Templates::title(Template which)
{
    return which == Empty ? tr("Empty") : AiProblems::title(AiProblems::Problem(which));
}

A3Sheet
A3Templates::build(Template which, const QDate &today, const std::function<EntityId()> &newId)
{
    A3Sheet sheet;
    A3Report &r = sheet.report;
    r.id = newId();
    r.date = today;
    r.name = which == Empty ? tr("New A3") : title(which);
    const QString plan = tr("- **What:** [step]\n- **Who:** [owner]\n- **When:** [date]\n");
    const QString followUp
        = tr("- Review on [date]: planned [__], actual [__]\n- Lessons learned:\n");
    switch (which) {
    case Empty:
        break;
    case AccuracyDropped:
        r.theme = tr("Restore [model] accuracy after the [version] deployment");
        r.background = tr("[Model] serves [decision]; each point of accuracy is worth [__].");
        r.currentCondition = tr("Accuracy fell from **[__] %** to **[__] %** after [version] "
                                "on [date]; segments hit: [__].");
        r.goal = tr("Accuracy back to [__] % and an alert before it falls again.");
        r.figure = tr("accuracy (%)");
        break;
    case SlowRetraining:
        r.theme = tr("Retraining in days, not weeks");
        r.background = tr("Drift is found in [__] days; the fix reaches production in [__].");
        r.currentCondition = tr("A retraining request takes **[__] days** from request to "
                                "deployment; the work in it takes [__] hours.");
        r.goal = tr("Lead time of a retraining request down to [__] days.");
        r.figure = tr("lead time (d)");
        break;
    case LabelingBacklog:
        r.theme = tr("A labeling queue that keeps pace");
        r.background = tr("Retraining waits for labels; the queue has grown for [__] weeks.");
        r.currentCondition = tr("**[__] items** wait for labeling; [__] arrive and [__] are "
                                "labeled a day.");
        r.goal = tr("Backlog under [__] items, labeled within [__] days of arrival.");
        r.figure = tr("backlog (items)");
        break;
    case LatencyOverSlo:
        r.theme = tr("Inference latency back within its SLO");
        r.background = tr("The SLO is p99 [__] ms; [service] calls the model [__] times a day.");
        r.currentCondition = tr("p99 latency is **[__] ms**, over the SLO on [__] of the last "
                                "30 days.");
        r.goal = tr("p99 latency at or under [__] ms on every day of a month.");
        r.figure = tr("p99 latency (ms)");
        break;
    }
    if (which != Empty) {
        r.plan = plan;
        r.followUp = followUp;
    }
    PdcaStep step;
    step.id = newId();
    step.report = r.id;
    step.stage = A3Report::Stage::Plan;
    step.on = today;
    step.note = tr("Started");
    sheet.history << step;
    return sheet;
}

} // namespace Takt
