#include "kpieditorfactory.h"

#include "kpi/kpistore.h"
#include "kpiactions.h"
#include "kpichartsection.h"
#include "kpieditor.h"

namespace Takt {

QString KpiEditorFactory::kindKey() const
{
    return QStringLiteral("kpis");
}

ArtefactEditor *
KpiEditorFactory::createEditor(Document *document, EntityId id, QWidget *parent) const
{
    if (!KpiStore::of(*document)->kpi(id))
        return nullptr;
    return new KpiEditor(document, id, parent);
}

KindActions *KpiEditorFactory::createActions(EditorContext &context, QObject *parent) const
{
    return new KpiActions(context, parent);
}

std::vector<std::unique_ptr<PackSection>> KpiEditorFactory::packSections() const
{
    std::vector<std::unique_ptr<PackSection>> sections;
    sections.push_back(std::make_unique<KpiChartSection>());
    return sections;
}

} // namespace Takt
