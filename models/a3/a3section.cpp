#include "a3section.h"

#include "a3drawing.h"
#include "a3store.h"
#include "document/document.h"
#include "pack/packcomposer.h"

#include <QPainter>

namespace Takt {

namespace {
QList<EntityId> reportsIn(const Document &document, const PackOptions &options)
{
    QList<EntityId> ids;
    for (EntityId id : A3Store::of(document)->artefacts())
        if (options.includesItem(id))
            ids << id;
    return ids;
}
} // namespace

bool A3Section::hasContent(const Document &document, const PackOptions &options) const
{
    return !reportsIn(document, options).isEmpty();
}

int A3Section::workUnits(const Document &document, const PackOptions &options) const
{
    return int(reportsIn(document, options).size());
}

void A3Section::write(PackComposer &composer, const Document &document) const
{
    const A3Store &store = *A3Store::of(document);
    for (EntityId id : reportsIn(document, composer.options())) {
        const A3Drawing sheet(A3Drawing::contentOf(document, id), Diagram::paperFont());
        const auto paint = [&](QPainter *painter, const QRectF &) { sheet.paint(*painter); };
        if (composer.options().alone) {
            composer.sheetPage(store.artefactName(id), QPageSize(QPageSize::A3),
                               QPageLayout::Landscape, sheet.bounds(), paint);
        } else {
            composer.beginSection(store.artefactName(id), QPageLayout::Landscape);
            composer.figure(sheet.bounds(), paint);
        }
        if (!composer.step())
            return;
    }
}

} // namespace Takt
