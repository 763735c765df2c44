#include "mapskind.h"

#include "addremovemap.h"
#include "comparisonsection.h"
#include "document/document.h"
#include "document/slide.h"
#include "mapexample.h"
#include "mapmetrics.h"
#include "mappainter.h"
#include "mapparts.h"
#include "mapssection.h"
#include "mapstore.h"
#include "metricstable.h"
#include "valuestreammap.h"
#include "vsmjson.h"

#include <QUndoStack>

#include <algorithm>

#include <QPointer>

namespace Takt {

QList<SchemaStep> MapsKind::schemaSteps() const
{
    return {
        // Format 2: value stream maps, their elements, attributes and connectors.
        {2,
         {QStringLiteral(
              "CREATE TABLE maps ("
              " id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,"
              " state TEXT NOT NULL CHECK (state IN ('current', 'future', 'ideal')),"
              " derived_from INTEGER REFERENCES maps(id) ON DELETE SET NULL,"
              " demand_per_day REAL, available_time_s REAL, notes TEXT NOT NULL DEFAULT '')"),
          QStringLiteral(
              "CREATE TABLE map_elements ("
              " id INTEGER PRIMARY KEY,"
              " map_id INTEGER NOT NULL REFERENCES maps(id) ON DELETE CASCADE,"
              " position INTEGER NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL DEFAULT '',"
              " x REAL NOT NULL, y REAL NOT NULL,"
              " cycle_time_s REAL, changeover_s REAL, uptime REAL, operators INTEGER,"
              " shifts INTEGER, batch INTEGER, value_added_s REAL, complete_accurate REAL,"
              " wip_limit INTEGER, on_timeline INTEGER NOT NULL DEFAULT 1, sharing TEXT,"
              " count REAL, demand_per_day REAL, wait_s REAL, max_count INTEGER, frequency TEXT,"
              " notes TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE INDEX map_elements_by_map ON map_elements (map_id, position)"),
          QStringLiteral(
              "CREATE TABLE element_attributes ("
              " element_id INTEGER NOT NULL REFERENCES map_elements(id) ON DELETE CASCADE,"
              " position INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
              " PRIMARY KEY (element_id, position))"),
          QStringLiteral(
              "CREATE TABLE map_connectors ("
              " id INTEGER PRIMARY KEY,"
              " map_id INTEGER NOT NULL REFERENCES maps(id) ON DELETE CASCADE,"
              " kind TEXT NOT NULL,"
              " from_element INTEGER NOT NULL REFERENCES map_elements(id) ON DELETE CASCADE,"
              " to_element INTEGER NOT NULL REFERENCES map_elements(id) ON DELETE CASCADE,"
              " label TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE INDEX map_connectors_by_map ON map_connectors (map_id)")}},
        // Format 3: a map's chosen time unit (NULL: each figure in its most readable unit).
        {3, {QStringLiteral("ALTER TABLE maps ADD COLUMN time_unit TEXT")}},
    };
}

std::unique_ptr<ArtefactStore> MapsKind::createStore(Document &document) const
{
    return std::make_unique<MapStore>(document, *this);
}

std::vector<std::unique_ptr<PackSection>> MapsKind::packSections() const
{
    std::vector<std::unique_ptr<PackSection>> sections;
    sections.push_back(std::make_unique<MapsSection>());
    sections.push_back(std::make_unique<ComparisonSection>());
    return sections;
}

QList<Slide>
MapsKind::slides(const Document &document, EntityId id, QSizeF area, qreal minTextHeight) const
{
    const MapStore &maps = *MapStore::of(document);
    const ValueStreamMap *map = maps.map(id);
    if (!map || area.isEmpty())
        return {};
    const QFont font = MapPainter::mapFont();
    // Shared, so that every part paints from one copy of the figures.
    const auto metrics = std::make_shared<MapMetrics>(maps.metrics(*map));
    const QRectF bounds = MapPainter::mapBounds(*map, *metrics, font);
    if (bounds.isEmpty())
        return {};
    const qreal readable = minTextHeight / MapParts::smallestText(font);
    const qreal fit = qMin(area.width() / bounds.width(), area.height() / bounds.height());
    const qreal scale = qMax(fit, readable);
    QList<MapParts::SlidePart> parts = fit >= readable
        ? QList<MapParts::SlidePart> {{bounds, QRectF()}}
        : MapParts::slideParts(*map, *metrics, font, bounds, area, scale);
    // A part with nothing but the middle of an arrow in it tells the room nothing.
    if (parts.size() > 1)
        parts.removeIf([&](const MapParts::SlidePart &part) {
            return !std::any_of(
                map->elements().cbegin(), map->elements().cend(),
                [&part](const MapElement &e) { return part.source.contains(e.pos); });
        });
    // A future state's figures say what changed, in words as well as the number.
    const ValueStreamMap *base = maps.map(map->derivedFrom());
    const std::optional<MapMetrics> baseMetrics
        = base ? std::optional<MapMetrics>(MapMetrics::compute(*base)) : std::nullopt;
    QList<QPair<QString, QString>> figures;
    for (const MetricsTable::Row &row :
         MetricsTable::rows(*metrics, baseMetrics ? &*baseMetrics : nullptr)) {
        QString value = row.value;
        if (!row.change.isEmpty())
            value = row.trend > 0 ? tr("%1 (%2, better)").arg(value, row.change)
                : row.trend < 0   ? tr("%1 (%2, worse)").arg(value, row.change)
                                  : tr("%1 (%2)").arg(value, row.change);
        figures << qMakePair(row.label, value);
    }
    QList<Slide> slides;
    for (int i = 0; i < parts.size(); ++i) {
        Slide slide;
        slide.artefact = id;
        slide.title = parts.size() == 1
            ? map->name()
            : tr("%1 (part %2 of %3)").arg(map->name()).arg(i + 1).arg(parts.size());
        slide.source = parts.at(i).source;
        slide.footer = parts.at(i).ladder;
        slide.scale = scale;
        // A slide may outlive the map (an A3 keeps its snapshot until it is laid out again).
        slide.paint = [map = QPointer<const ValueStreamMap>(map), metrics,
                       font](QPainter *painter, const QRectF &visible) {
            if (map)
                MapPainter::paintMap(painter, *map, *metrics, font, visible);
        };
        slide.figures = figures;
        slides << slide;
    }
    return slides;
}

EntityId MapsKind::comparedWith(const Document &document, EntityId id) const
{
    const MapStore &maps = *MapStore::of(document);
    const ValueStreamMap *map = maps.map(id);
    if (!map)
        return 0;
    if (map->derivedFrom() && maps.map(map->derivedFrom()))
        return map->derivedFrom();
    for (const ValueStreamMap *other : maps.maps())
        if (other->derivedFrom() == id)
            return other->id();
    return 0;
}

QStringList MapsKind::jsonFormats() const
{
    return {VsmJson::FormatName};
}

EntityId MapsKind::importJson(Document &document, const QByteArray &json, QString *error) const
{
    auto map = VsmJson::read(
        json, [&] { return document.newId(); }, error);
    if (!map)
        return 0;
    const EntityId id = map->id();
    document.undoStack()->push(new AddMap(&document, map.release()));
    return id;
}

QByteArray MapsKind::exportJson(const Document &document,
                                EntityId id,
                                QStringList *leftOut,
                                QString *error) const
{
    const ValueStreamMap *map = MapStore::of(document)->map(id);
    if (!map) {
        if (error)
            *error = tr("no map has the id %1").arg(id);
        return {};
    }
    return VsmJson::write(*map, leftOut);
}

bool MapsKind::buildExample(Document &document,
                            const QJsonObject &workshop,
                            const QString &folder,
                            QString *error) const
{
    return MapExample::build(document, workshop, folder, error);
}

} // namespace Takt
