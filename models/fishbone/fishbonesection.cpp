#include "fishbonesection.h"

#include "document/document.h"
#include "fishbonedrawing.h"
#include "fishbonestore.h"
#include "pack/packcomposer.h"

#include <QPainter>

namespace Takt {

namespace {
QList<EntityId> diagramsIn(const Document &document, const PackOptions &options)
{
    QList<EntityId> ids;
    for (EntityId id : FishboneStore::of(document)->artefacts())
        if (options.includesItem(id))
            ids << id;
    return ids;
}
} // namespace

bool FishboneSection::hasContent(const Document &document, const PackOptions &options) const
{
    return !diagramsIn(document, options).isEmpty();
}

int FishboneSection::workUnits(const Document &document, const PackOptions &options) const
{
    return int(diagramsIn(document, options).size());
}

void FishboneSection::write(PackComposer &composer, const Document &document) const
{
    const FishboneStore &store = *FishboneStore::of(document);
    for (EntityId id : diagramsIn(document, composer.options())) {
        const FishboneTree tree = store.tree(id);
        composer.beginSection(tree.diagram.name, QPageLayout::Landscape);
        composer.subheading(tr("Fishbone: %1").arg(tree.diagram.name));
        const FishboneDrawing drawing(tree, Diagram::paperFont());
        composer.figure(drawing.bounds(),
                        [&](QPainter *painter, const QRectF &) { drawing.paint(*painter); });
        // The likely causes as text too: what the room chose to ask why of, and where.
        QList<QStringList> likely;
        for (const FishboneCause &c : tree.causes)
            if (c.likely) {
                const EntityId bone = tree.categoryOf(c.id);
                QString category;
                for (const FishboneCategory &k : tree.categories)
                    if (k.id == bone)
                        category = k.name;
                likely << QStringList {category, c.text, tree.whys.value(c.id)};
            }
        if (!likely.isEmpty() && !composer.options().alone) {
            composer.subheading(tr("Likely causes"));
            composer.table({{tr("Category"), 2}, {tr("Cause"), 5}, {tr("5 Whys"), 3}}, likely);
        }
        if (!composer.step())
            return;
    }
}

} // namespace Takt
