#pragma once

#include "fishbonetree.h"

#include "common/aiproblems.h"

#include <QCoreApplication>

#include <functional>

namespace Takt {

/**
 * Starts for a new fishbone: empty with the 6M categories or the AI-operations set, or a
 * common AI-operations problem as its effect with a few possible causes on the AI-operations
 * bones, for the room to mark likely, strike or add to.
 */
class FishboneTemplates
{
    Q_DECLARE_TR_FUNCTIONS(FishboneTemplates)

public:
    enum Template {
        EmptySixM = -2,
        EmptyAiOperations = -1,
        AccuracyDropped = AiProblems::AccuracyDropped,
        SlowRetraining = AiProblems::SlowRetraining,
        LabelingBacklog = AiProblems::LabelingBacklog,
        LatencyOverSlo = AiProblems::LatencyOverSlo
    };
    static QList<Template> all();
    /** Translated, as the menu names it. */
    static QString title(Template which);
    static FishboneTree build(Template which, const std::function<EntityId()> &newId);

private:
    /** The causes on each AI-operations bone (Data, Model, Infrastructure, Process, People,
     *  Monitoring), in that order. */
    static QList<QStringList> causes(Template which, QString *effect);
};

} // namespace Takt
