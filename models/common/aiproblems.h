#pragma once

#include <QCoreApplication>
#include <QList>

namespace Takt {

/** The common AI-operations problems every problem-solving kind offers a template for, so
 *  that a 5 Whys, a fishbone and an A3 on the same problem are named alike. */
class AiProblems
{
    Q_DECLARE_TR_FUNCTIONS(AiProblems)

public:
    enum Problem { AccuracyDropped, SlowRetraining, LabelingBacklog, LatencyOverSlo };
    static QList<Problem> all()
    {
        return {AccuracyDropped, SlowRetraining, LabelingBacklog, LatencyOverSlo};
    }
    /** Translated, as the menus name it. */
    static QString title(Problem problem);
};

} // namespace Takt
