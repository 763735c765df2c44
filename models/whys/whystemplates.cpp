#include "whystemplates.h"

namespace Takt {

namespace {
/** A cause and the causes below it, as a template writes them. */
struct Seed
{
    QString text;
    QList<Seed> below = {};
};

void plant(FiveWhysTree &tree,
           const QList<Seed> &seeds,
           EntityId parent,
           const std::function<EntityId()> &newId)
{
    for (const Seed &seed : seeds) {
        WhyCause c;
        c.id = newId();
        c.analysis = tree.analysis.id;
        c.parent = parent;
        c.text = seed.text;
        tree.causes << c;
        plant(tree, seed.below, c.id, newId);
    }
}
} // namespace

QList<WhysTemplates::Template> WhysTemplates::all()
{
    return {Empty, AccuracyDropped, SlowRetraining, LabelingBacklog, LatencyOverSlo};
}

QString WhysTemplates::title(Template which)
{
    return which == Empty ? tr("Empty") : AiProblems::title(AiProblems::Problem(which));
}

FiveWhysTree WhysTemplates::build(Template which, const std::function<EntityId()> &newId)
{
    FiveWhysTree tree;
    tree.analysis.id = newId();
    tree.analysis.name = which == Empty ? tr("5 Whys") : title(which);
    QList<Seed> seeds;
    switch (which) {
    case AccuracyDropped:
        tree.analysis.problem = tr("Accuracy of [model] fell from [__] % to [__] % after the "
                                   "deployment of [version] on [date]");
        seeds = {{tr("Production data no longer looks like the training data"),
                  {{tr("Nobody compares production inputs with the training set")}}},
                 {tr("The deployed model is not the one that was validated"),
                  {{tr("Models are promoted by copying files by hand")}}},
                 {tr("The evaluation set misses the segment that changed")}};
        break;
    case SlowRetraining:
        tree.analysis.problem = tr("A retraining request takes [__] days from request to "
                                   "deployment; the target is [__] days");
        seeds
            = {{tr("New data waits for labeling"), {{tr("Labeling starts only on a full batch")}}},
               {tr("The release waits for sign-off"), {{tr("Nobody owns the sign-off")}}},
               {tr("Training jobs queue for GPUs")}};
        break;
    case LabelingBacklog:
        tree.analysis.problem
            = tr("The labeling backlog grew from [__] to [__] items in [__] weeks");
        seeds = {{tr("More items arrive than labelers finish"),
                  {{tr("Items arrive in large batches, not a steady flow")}}},
                 {tr("Labels are reworked after review"),
                  {{tr("The labeling guidelines are ambiguous")}}}};
        break;
    case LatencyOverSlo:
        tree.analysis.problem = tr("p95 inference latency is [__] ms against a service-level "
                                   "objective of [__] ms since [date]");
        seeds = {{tr("Requests queue at peak load"),
                  {{tr("Autoscaling reacts slower than the load rises")}}},
                 {tr("The new model needs more compute per request")},
                 {tr("Feature lookups are slow")}};
        break;
    case Empty:
        break;
    }
    plant(tree, seeds, 0, newId);
    return tree;
}

} // namespace Takt
