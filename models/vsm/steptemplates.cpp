#include "steptemplates.h"

#include "common/duration.h"

namespace Takt {

namespace {

StepTemplates::Template make(const char *key,
                             const QString &name,
                             const QString &shortName,
                             double cycleTime,
                             std::optional<double> valueAdded,
                             double completeAccurate,
                             int operators,
                             QList<QPair<QString, QString>> attributes = {})
{
    StepTemplates::Template t;
    t.key = QLatin1String(key);
    t.name = name;
    t.shortName = shortName;
    t.step.kind = ElementKind::Process;
    t.step.name = name;
    t.step.cycleTime = cycleTime;
    t.step.valueAdded = valueAdded;
    t.step.completeAccurate = completeAccurate;
    t.step.operators = operators;
    t.step.attributes = attributes;
    return t;
}

} // namespace

QList<StepTemplates::Template> StepTemplates::all()
{
    const double min = Duration::Minute, h = Duration::Hour;
    return {
        make("data_ingestion", tr("Data ingestion"), tr("Ingest"), 2 * h, std::nullopt, 0.9, 1,
             {{tr("tool"), tr("batch ETL")}}),
        make("data_validation", tr("Data validation"), tr("Validate"), 30 * min, 20 * min, 0.95, 1),
        make("labeling", tr("Labeling"), tr("Label"), 6 * h, std::nullopt, 0.8, 3),
        make("feature_engineering", tr("Feature engineering"), tr("Features"), 3 * h, 2 * h, 0.9,
             1),
        make("training", tr("Training"), tr("Train"), 5 * h, std::nullopt, 0.95, 1,
             {{tr("GPU hours"), QStringLiteral("20")}}),
        make("evaluation", tr("Evaluation"), tr("Evaluate"), 2 * h, 1 * h, 0.95, 1),
        make("approval_gate", tr("Approval gate"), tr("Approve"), 1 * h, 0.0, 0.9, 2),
        make("deployment", tr("Deployment"), tr("Deploy"), 30 * min, std::nullopt, 0.98, 1),
        make("monitoring", tr("Monitoring"), tr("Monitor"), 15 * min, 5 * min, 0.99, 1),
        make("inference", tr("Inference"), tr("Infer"), 1.0, std::nullopt, 0.999, 0),
    };
}

std::optional<StepTemplates::Template> StepTemplates::byKey(const QString &key)
{
    for (const Template &t : all())
        if (t.key == key)
            return t;
    return std::nullopt;
}

} // namespace Takt
