#include "fivewhyssection.h"

#include "document/document.h"
#include "fivewhysstore.h"
#include "pack/packcomposer.h"
#include "whysdiagram.h"
#include "whysguidance.h"

#include <QLocale>
#include <QPainter>

namespace Takt {

namespace {
QList<EntityId> analysesIn(const Document &document, const PackOptions &options)
{
    QList<EntityId> ids;
    for (EntityId id : FiveWhysStore::of(document)->artefacts())
        if (options.includesItem(id))
            ids << id;
    return ids;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}
} // namespace

bool FiveWhysSection::hasContent(const Document &document, const PackOptions &options) const
{
    return !analysesIn(document, options).isEmpty();
}

int FiveWhysSection::workUnits(const Document &document, const PackOptions &options) const
{
    return int(analysesIn(document, options).size());
}

void FiveWhysSection::write(PackComposer &composer, const Document &document) const
{
    const FiveWhysStore &store = *FiveWhysStore::of(document);
    for (EntityId id : analysesIn(document, composer.options())) {
        const FiveWhysTree tree = store.tree(id);
        const FiveWhysAnalysis &a = tree.analysis;
        composer.beginSection(a.name, QPageLayout::Landscape);
        composer.subheading(tr("5 Whys: %1").arg(a.name));
        const WhysDiagram diagram(tree, Diagram::paperFont());
        composer.figure(diagram.bounds(),
                        [&](QPainter *painter, const QRectF &) { diagram.paint(*painter); });
        // Exported by itself, a 5 Whys is its tree, fitted to one landscape page.
        if (composer.options().alone) {
            if (!composer.step())
                return;
            continue;
        }
        composer.newPage(QPageLayout::Portrait);
        composer.heading(tr("Chains: %1").arg(a.name));
        QList<QPair<QString, QString>> header {{tr("Problem"), a.problem}};
        if (a.date.isValid())
            header << qMakePair(tr("Date"), dateText(a.date));
        if (!a.team.isEmpty())
            header << qMakePair(tr("Team"), a.team);
        if (!a.scope.isEmpty())
            header << qMakePair(tr("Scope"), a.scope);
        composer.keyValues(header);
        QList<QStringList> measures;
        for (const WhyCause &c : tree.causes) {
            if (!c.rootCause)
                continue;
            composer.subheading(tr("Root cause: %1").arg(c.text));
            composer.paragraph(WhysGuidance::readBack(tree, c.id));
            QList<QStringList> rows;
            int level = 0;
            for (const WhyCause *link : WhysGuidance::chain(tree, c.id)) {
                // The map figure it rests on, as the map has it now.
                QString evidence = link->evidence;
                if (const auto figure = store.evidenceFigure(link->id))
                    evidence = tr("%1 (figure: %2)").arg(evidence, figure->label).trimmed();
                rows.prepend(
                    {QString(), link->text, evidence, WhysDiagram::statusText(link->status)});
            }
            for (QStringList &row : rows)
                row[0] = tr("Why %1").arg(++level);
            composer.table(
                {{tr("Level"), 1}, {tr("Why"), 4}, {tr("Evidence"), 4}, {tr("Status"), 2}}, rows);
            for (const Countermeasure *m : tree.countermeasuresOf(c.id))
                measures << QStringList {c.text, m->text, m->owner, dateText(m->due),
                                         m->figure.isEmpty()
                                             ? m->expected
                                             : QStringLiteral("%1 %2").arg(m->figure, m->expected)};
        }
        if (!measures.isEmpty()) {
            composer.subheading(tr("Countermeasures"));
            composer.table({{tr("Root cause"), 3},
                            {tr("Countermeasure"), 4},
                            {tr("Owner"), 2},
                            {tr("Due"), 2},
                            {tr("Expected effect"), 2}},
                           measures);
        }
        QStringList open;
        for (const WhysHint &hint : WhysGuidance::hints(tree))
            if (hint.kind != WhysHint::Kind::ReadBack)
                open << QStringLiteral("• ") + hint.text;
        if (!open.isEmpty()) {
            composer.subheading(tr("Open points"));
            composer.paragraph(open.join(QLatin1Char('\n')), true);
        }
        if (!composer.step())
            return;
    }
}

} // namespace Takt
