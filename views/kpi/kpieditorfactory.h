#pragma once

#include "editor/editorfactory.h"

namespace Takt {

/** The KPIs' views: a KpiEditor per KPI, and the KPI menu (KpiActions). */
class KpiEditorFactory : public EditorFactory
{
public:
    QString kindKey() const override;
    ArtefactEditor *createEditor(Document *document, EntityId id, QWidget *parent) const override;
    KindActions *createActions(EditorContext &context, QObject *parent) const override;
    std::vector<std::unique_ptr<PackSection>> packSections() const override;
};

} // namespace Takt
