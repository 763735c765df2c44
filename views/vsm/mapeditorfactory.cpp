#include "mapeditorfactory.h"

#include "mapactions.h"
#include "mapchartssection.h"
#include "mapeditor.h"
#include "vsm/mapskind.h"
#include "vsm/mapstore.h"

namespace Takt {

QString MapEditorFactory::kindKey() const
{
    return QLatin1String(MapsKind::Key);
}

ArtefactEditor *
MapEditorFactory::createEditor(Document *document, EntityId id, QWidget *parent) const
{
    if (!MapStore::of(*document)->map(id))
        return nullptr;
    return new MapEditor(document, id, parent);
}

KindActions *MapEditorFactory::createActions(EditorContext &context, QObject *parent) const
{
    return new MapActions(context, parent);
}

std::vector<std::unique_ptr<PackSection>> MapEditorFactory::packSections() const
{
    std::vector<std::unique_ptr<PackSection>> sections;
    sections.push_back(std::make_unique<MapChartsSection>());
    return sections;
}

} // namespace Takt
