#include "kpieditorfactory.h"

#include "kpi/kpistore.h"
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

} // namespace Takt
