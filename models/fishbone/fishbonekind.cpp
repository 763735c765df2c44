#include "fishbonekind.h"

#include "document/document.h"
#include "fishbonedrawing.h"
#include "fishbonejson.h"
#include "fishbonesection.h"
#include "fishbonestore.h"

#include <QUndoStack>

#include <memory>

namespace Takt {

QString FishboneKind::emptyHint() const
{
    return tr("Gather the possible causes of an effect: Problem ▸ New Fishbone");
}

QList<SchemaStep> FishboneKind::schemaSteps() const
{
    return {
        // Format 9: fishbone diagrams, their categories (bones) and causes.
        {9,
         {QStringLiteral("CREATE TABLE fishbone_diagrams ("
                         " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
                         " name TEXT NOT NULL DEFAULT '', effect TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE TABLE fishbone_categories ("
                         " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
                         " diagram_id INTEGER NOT NULL"
                         "  REFERENCES fishbone_diagrams(id) ON DELETE CASCADE,"
                         " name TEXT NOT NULL DEFAULT '')"),
          // A cause's parent is its category or another cause: no foreign key can say both.
          QStringLiteral("CREATE TABLE fishbone_causes ("
                         " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
                         " diagram_id INTEGER NOT NULL"
                         "  REFERENCES fishbone_diagrams(id) ON DELETE CASCADE,"
                         " parent_id INTEGER NOT NULL, text TEXT NOT NULL DEFAULT '',"
                         " likely INTEGER NOT NULL DEFAULT 0)"),
          QStringLiteral(
              "CREATE INDEX fishbone_causes_by_diagram ON fishbone_causes (diagram_id)")}},
    };
}

std::unique_ptr<ArtefactStore> FishboneKind::createStore(Document &document) const
{
    return std::make_unique<FishboneStore>(document, *this);
}

std::vector<std::unique_ptr<PackSection>> FishboneKind::packSections() const
{
    std::vector<std::unique_ptr<PackSection>> sections;
    sections.push_back(std::make_unique<FishboneSection>());
    return sections;
}

std::optional<Slide> FishboneKind::snapshot(const Document &document, EntityId id) const
{
    const FishboneStore &store = *FishboneStore::of(document);
    if (!store.diagram(id))
        return std::nullopt;
    const auto tree = store.tree(id);
    // Shared: the slide is copied, the layout made once.
    const auto drawing = std::make_shared<const FishboneDrawing>(tree, Diagram::paperFont());
    Slide slide;
    slide.artefact = id;
    slide.title = tree.diagram.name;
    slide.source = drawing->bounds();
    slide.paint = [drawing](QPainter *painter, const QRectF &visible) {
        drawing->paint(*painter, 0, visible);
    };
    int likely = 0;
    for (const FishboneCause &c : tree.causes)
        likely += c.likely;
    slide.figures << qMakePair(tr("Causes"), QString::number(tree.causes.size()))
                  << qMakePair(tr("Likely"), QString::number(likely));
    return slide;
}

EntityId FishboneKind::importJson(Document &document, const QByteArray &json, QString *error) const
{
    const auto tree = FishboneJson::read(
        json, [&] { return document.newId(); }, error);
    if (!tree)
        return 0;
    document.undoStack()->push(FishboneStore::of(document)->addDiagram(
        *tree, tr("Import fishbone \"%1\"").arg(tree->diagram.name)));
    return tree->diagram.id;
}

QByteArray FishboneKind::exportJson(const Document &document,
                                    EntityId id,
                                    QStringList *leftOut,
                                    QString *error) const
{
    Q_UNUSED(leftOut)
    const FishboneStore *store = FishboneStore::of(document);
    if (!store->diagram(id)) {
        if (error)
            *error = tr("no fishbone has the id %1").arg(id);
        return {};
    }
    return FishboneJson::write(store->tree(id));
}

bool FishboneKind::buildExample(Document &document,
                                const QJsonObject &workshop,
                                const QString &folder,
                                QString *error) const
{
    // "fishbones": ["file.json", …], each a takt-fishbone file beside workshop.json.
    return importListedFiles(document, workshop, QStringLiteral("fishbones"), folder, error);
}

} // namespace Takt
