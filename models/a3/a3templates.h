#pragma once

#include "a3json.h"

#include "common/aiproblems.h"

#include <QCoreApplication>

#include <functional>

namespace Takt {

/**
 * Starts for a new A3: empty, or a common AI-operations problem with its theme, background,
 * current condition and a measurable goal sketched in, the numbers left for the room to fill
 * ([__]). Each starts in Plan, the step dated today.
 */
class A3Templates
{
    Q_DECLARE_TR_FUNCTIONS(A3Templates)

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
    static A3Sheet
    build(Template which, const QDate &today, const std::function<EntityId()> &newId);
};

} // namespace Takt
