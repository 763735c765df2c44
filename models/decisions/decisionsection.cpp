#include "decisionsection.h"

#include "core/fieldtext.h"
#include "decisionstore.h"
#include "pack/packcomposer.h"

namespace Takt {

bool DecisionSection::hasContent(const Document &document, const PackOptions &options) const
{
    const DecisionStore *store = DecisionStore::of(document);
    return store && !store->decisions().items().isEmpty()
        && options.includesItem(store->registerId());
}

void DecisionSection::write(PackComposer &composer, const Document &document) const
{
    const DecisionStore &store = *DecisionStore::of(document);
    composer.beginSection(title());
    composer.heading(title());
    composer.paragraph(store.summary(store.registerId()), true);
    QList<QStringList> rows;
    for (const Decision &d : store.decisions().items())
        rows << QStringList {FieldText::formatDate(d.date), d.what, d.decidedBy,
                             store.aboutName(d)};
    composer.table(
        {{tr("Date"), 1.7}, {tr("Decision"), 4.6}, {tr("Decided by"), 1.8}, {tr("About"), 2.2}},
        rows);
    composer.step();
}

} // namespace Takt
