#include "fivewhyskind.h"

#include "document/document.h"
#include "fivewhysjson.h"
#include "fivewhyssection.h"
#include "fivewhysstore.h"
#include "whysdiagram.h"

#include <QUndoStack>

#include <memory>

namespace Takt {

QString FiveWhysKind::emptyHint() const
{
    return tr("Ask why a problem happens: Problem ▸ New 5 Whys");
}

QList<SchemaStep> FiveWhysKind::schemaSteps() const
{
    return {
        // Format 8: 5 Whys analyses, their causes and countermeasures.
        {8,
         {QStringLiteral("CREATE TABLE whys_analyses ("
                         " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
                         " name TEXT NOT NULL DEFAULT '', problem TEXT NOT NULL DEFAULT '',"
                         " date TEXT, team TEXT NOT NULL DEFAULT '',"
                         " scope TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE TABLE whys_causes ("
                         " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
                         " analysis_id INTEGER NOT NULL"
                         "  REFERENCES whys_analyses(id) ON DELETE CASCADE,"
                         " parent_id INTEGER, text TEXT NOT NULL DEFAULT '',"
                         " evidence TEXT NOT NULL DEFAULT '',"
                         " status TEXT NOT NULL DEFAULT 'hypothesis'"
                         "  CHECK (status IN ('hypothesis', 'confirmed', 'ruled_out')),"
                         " root_cause INTEGER NOT NULL DEFAULT 0,"
                         " status_by TEXT NOT NULL DEFAULT '', status_on TEXT)"),
          QStringLiteral("CREATE TABLE whys_countermeasures ("
                         " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
                         " cause_id INTEGER NOT NULL REFERENCES whys_causes(id) ON DELETE CASCADE,"
                         " text TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '',"
                         " due TEXT, figure TEXT NOT NULL DEFAULT '',"
                         " expected TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE INDEX whys_causes_by_analysis ON whys_causes (analysis_id)")}},
    };
}

std::unique_ptr<ArtefactStore> FiveWhysKind::createStore(Document &document) const
{
    return std::make_unique<FiveWhysStore>(document, *this);
}

std::vector<std::unique_ptr<PackSection>> FiveWhysKind::packSections() const
{
    std::vector<std::unique_ptr<PackSection>> sections;
    sections.push_back(std::make_unique<FiveWhysSection>());
    return sections;
}

std::optional<Slide> FiveWhysKind::snapshot(const Document &document, EntityId id) const
{
    const FiveWhysStore &store = *FiveWhysStore::of(document);
    if (!store.analysis(id))
        return std::nullopt;
    const auto tree = store.tree(id);
    // Shared: the slide is copied, the layout made once.
    const auto drawing = std::make_shared<const WhysDiagram>(tree, Diagram::paperFont());
    Slide slide;
    slide.artefact = id;
    slide.title = tree.analysis.name;
    slide.source = drawing->bounds();
    slide.paint = [drawing](QPainter *painter, const QRectF &visible) {
        drawing->paint(*painter, 0, visible);
    };
    int roots = 0, confirmed = 0;
    for (const WhyCause &c : tree.causes)
        if (c.rootCause) {
            ++roots;
            confirmed += c.status == WhyCause::Status::Confirmed;
        }
    slide.figures << qMakePair(tr("Causes"), QString::number(tree.causes.size()))
                  << qMakePair(tr("Root causes"), QString::number(roots))
                  << qMakePair(tr("Confirmed"), QString::number(confirmed));
    return slide;
}

EntityId FiveWhysKind::importJson(Document &document, const QByteArray &json, QString *error) const
{
    const auto tree = FiveWhysJson::read(
        json, [&] { return document.newId(); }, error);
    if (!tree)
        return 0;
    FiveWhysStore *store = FiveWhysStore::of(document);
    document.undoStack()->push(
        store->addAnalysis(*tree, tr("Import 5 Whys \"%1\"").arg(tree->analysis.name)));
    return tree->analysis.id;
}

QByteArray FiveWhysKind::exportJson(const Document &document,
                                    EntityId id,
                                    QStringList *leftOut,
                                    QString *error) const
{
    Q_UNUSED(leftOut)
    const FiveWhysStore *store = FiveWhysStore::of(document);
    if (!store->analysis(id)) {
        if (error)
            *error = tr("no 5 Whys has the id %1").arg(id);
        return {};
    }
    return FiveWhysJson::write(store->tree(id));
}

bool FiveWhysKind::buildExample(Document &document,
                                const QJsonObject &workshop,
                                const QString &folder,
                                QString *error) const
{
    // "whys": ["file.json", …], each a takt-whys file beside workshop.json.
    return importListedFiles(document, workshop, QStringLiteral("whys"), folder, error);
}

} // namespace Takt
