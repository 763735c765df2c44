#include "fishbonetemplates.h"

namespace Takt {

QList<FishboneTemplates::Template> FishboneTemplates::all()
{
    return {EmptySixM,      EmptyAiOperations, AccuracyDropped,
            SlowRetraining, LabelingBacklog,   LatencyOverSlo};
}

QString FishboneTemplates::title(Template which)
{
    if (which == EmptySixM)
        return tr("Empty, 6M categories");
    if (which == EmptyAiOperations)
        return tr("Empty, AI-operations categories");
    return AiProblems::title(AiProblems::Problem(which));
}

QList<QStringList> FishboneTemplates::causes(Template which, QString *effect)
{
    switch (which) {
    case AccuracyDropped:
        *effect = tr("Accuracy of [model] fell from [__] % to [__] % after [version]");
        return {{tr("Production inputs drifted from the training data"),
                 tr("Labels of the new batch are inconsistent")},
                {tr("Decision threshold not re-tuned"), tr("Validated on an outdated test set")},
                {tr("Feature pipeline differs between training and serving")},
                {tr("Deployed without a shadow or canary phase")},
                {tr("The model owner changed during the release")},
                {tr("No alert on per-segment accuracy")}};
    case SlowRetraining:
        *effect = tr("A retraining request takes [__] days; the target is [__]");
        return {{tr("Data waits for a full labeling batch")},
                {tr("Every run retrains from scratch")},
                {tr("Training jobs queue for GPUs")},
                {tr("Sign-off has no owner"), tr("Hand-offs by ticket between four teams")},
                {tr("One engineer knows the pipeline")},
                {tr("Nobody sees where a request waits")}};
    case LabelingBacklog:
        *effect = tr("The labeling backlog grew from [__] to [__] items in [__] weeks");
        return {{tr("Items arrive in large batches"), tr("Duplicates are not removed")},
                {tr("No active learning: every item is labeled")},
                {tr("The labeling tool is slow on large images")},
                {tr("Guidelines are ambiguous, so reviews send work back")},
                {tr("Labelers are shared with other projects")},
                {tr("The backlog's age is not measured")}};
    case LatencyOverSlo:
        *effect = tr("p95 latency [__] ms against an SLO of [__] ms");
        return {{tr("Feature lookups hit a cold cache")},
                {tr("The new model needs more compute per request")},
                {tr("Autoscaling reacts slower than the load rises")},
                {tr("Releases skip the load test")},
                {tr("On-call does not own the serving stack")},
                {tr("Latency is averaged, not measured at p95")}};
    case EmptySixM:
    case EmptyAiOperations:
        break;
    }
    return {};
}

FishboneTree FishboneTemplates::build(Template which, const std::function<EntityId()> &newId)
{
    FishboneTree tree;
    tree.diagram.id = newId();
    tree.diagram.name
        = which == EmptySixM || which == EmptyAiOperations ? tr("Fishbone") : title(which);
    const QList<QStringList> seeds = causes(which, &tree.diagram.effect);
    const QStringList bones
        = which == EmptySixM ? FishboneTree::sixM() : FishboneTree::aiOperations();
    for (int i = 0; i < bones.size(); ++i) {
        FishboneCategory category;
        category.id = newId();
        category.diagram = tree.diagram.id;
        category.name = bones.at(i);
        tree.categories << category;
        for (const QString &text : seeds.value(i)) {
            FishboneCause cause;
            cause.id = newId();
            cause.diagram = tree.diagram.id;
            cause.parent = category.id;
            cause.text = text;
            tree.causes << cause;
        }
    }
    return tree;
}

} // namespace Takt
