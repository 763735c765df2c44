#pragma once

#include "editor/editorfactory.h"

namespace Takt {

/** The maps kind on the views side: a MapEditor per map, and MapActions in each window. */
class MapEditorFactory : public EditorFactory
{
public:
    QString kindKey() const override;
    ArtefactEditor *createEditor(Document *document, EntityId id, QWidget *parent) const override;
    KindActions *createActions(EditorContext &context, QObject *parent) const override;
    std::vector<std::unique_ptr<PackSection>> packSections() const override;
};

} // namespace Takt
