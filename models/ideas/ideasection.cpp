#include "ideasection.h"

#include "ideamatrix.h"
#include "ideastore.h"
#include "pack/packcomposer.h"

#include <QPainter>

#include <algorithm>

namespace Takt {

bool IdeaSection::hasContent(const Document &document, const PackOptions &options) const
{
    const IdeaStore *store = IdeaStore::of(document);
    return store && !store->ideas().items().isEmpty() && options.includesItem(store->registerId());
}

void IdeaSection::write(PackComposer &composer, const Document &document) const
{
    const IdeaStore &store = *IdeaStore::of(document);
    const auto &table = KaizenIdea::fields();
    composer.beginSection(title());
    composer.heading(title());
    composer.paragraph(store.summary(store.registerId()), true);
    const EntityId round = store.lastClosedRound();
    // The 2×2 first, on the section's own page: the table may run on over pages.
    composer.subheading(tr("Impact and effort"));
    const QRectF bounds(0, 0, 640, 330); // the table of ten ideas fits under it
    composer.figure(bounds, [&](QPainter *painter, const QRectF &) {
        QFont font = painter->font();
        font.setPixelSize(12);
        IdeaMatrix(store, bounds.size(), font).paint(*painter);
    });
    if (const VotingRound *r = store.rounds().find(round))
        composer.paragraph(
            tr("Ranked by the dots of %1 (%n dot(s) each).", nullptr, r->dots()).arg(r->name));
    QList<const KaizenIdea *> ranked;
    for (const KaizenIdea &i : store.ideas().items())
        ranked << &i;
    std::stable_sort(ranked.begin(), ranked.end(), [&](const KaizenIdea *a, const KaizenIdea *b) {
        return store.tallyOf(round, a->id) > store.tallyOf(round, b->id);
    });
    QList<QStringList> rows;
    QList<int> quickWins; // marked, and named in the Impact/effort column
    for (const KaizenIdea *i : ranked) {
        if (i->isQuickWin())
            quickWins << int(rows.size());
        rows << QStringList {
            QString::number(store.numberOf(i->id)),
            i->title,
            round ? QString::number(store.tallyOf(round, i->id)) : QString(),
            QStringLiteral("%1 %2").arg(i->figure, i->change).trimmed(),
            tr("%1 / %2 (%3)%4")
                .arg(i->impactScore())
                .arg(i->effortScore())
                .arg(i->effortSize(), i->isQuickWin() ? tr(", quick win") : QString()),
            table.choiceLabel(int(KaizenIdea::Field::Status), int(i->status))};
    }
    composer.table({{tr("No."), 0.7},
                    {tr("Idea"), 4.2},
                    {tr("Dots"), 0.9, true},
                    {tr("Expected change"), 2.4},
                    {tr("Impact / effort"), 2.2},
                    {tr("Status"), 1.4}},
                   rows, quickWins);
    composer.step();
}

} // namespace Takt
