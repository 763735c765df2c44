#include "aiproblems.h"

namespace Takt {

QString AiProblems::title(Problem problem)
{
    switch (problem) {
    case AccuracyDropped:
        return tr("Accuracy dropped after a deployment");
    case SlowRetraining:
        return tr("Retraining takes weeks");
    case LabelingBacklog:
        return tr("The labeling backlog grows");
    case LatencyOverSlo:
        break;
    }
    return tr("Inference latency over its SLO");
}

} // namespace Takt
