#pragma once

#include "fivewhystree.h"

#include "common/aiproblems.h"

#include <QCoreApplication>

#include <functional>

namespace Takt {

/**
 * Short starts for a new 5 Whys on common AI-operations problems: a problem statement with
 * blanks to fill (what, where, when, how much) and a few likely causes, all hypotheses, for
 * the room to confirm, rule out or replace.
 */
class WhysTemplates
{
    Q_DECLARE_TR_FUNCTIONS(WhysTemplates)

public:
    enum Template {
        Empty = -1,
        AccuracyDropped = AiProblems::AccuracyDropped,
        SlowRetraining = AiProblems::SlowRetraining,
        LabelingBacklog = AiProblems::LabelingBacklog,
        LatencyOverSlo = AiProblems::LatencyOverSlo
    };
    static QList<Template> all();
    /** Translated, as the menu names it. */
    static QString title(Template which);
    static FiveWhysTree build(Template which, const std::function<EntityId()> &newId);
};

} // namespace Takt
