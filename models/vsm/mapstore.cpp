#include "mapstore.h"

#include "document/document.h"
#include "document/liststore.h"
#include "mapmetrics.h"
#include "valuestreammap.h"

namespace Takt {

namespace {

TableStore mapTable(SqlConnection &db)
{
    return TableStore(db, QStringLiteral("maps"), ValueStreamMap::fields().defs());
}

TableStore elementTable(SqlConnection &db)
{
    return ListStore::table(db, QStringLiteral("map_elements"), MapElement::fields(),
                            QStringLiteral("map_id"));
}

TableStore connectorTable(SqlConnection &db)
{
    // Connectors keep the order they were drawn in: their position is their place in the list.
    return ListStore::table(db, QStringLiteral("map_connectors"), Connector::fields(),
                            QStringLiteral("map_id"), false);
}

} // namespace

MapStore::MapStore(Document &document, const ArtefactKind &kind)
    : ArtefactStore(document, kind)
{ }

MapStore::~MapStore()
{
    qDeleteAll(m_maps);
}

MapStore *MapStore::of(const Document &document)
{
    return document.store<MapStore>();
}

ValueStreamMap *MapStore::map(EntityId id) const
{
    for (ValueStreamMap *map : m_maps)
        if (map->id() == id)
            return map;
    return nullptr;
}

ValueStreamMap *MapStore::mapByName(const QString &name) const
{
    return map(artefactByName(name));
}

QString MapStore::uniqueMapName(const QString &wanted) const
{
    QString name = wanted;
    for (int n = 2; mapByName(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
    return name;
}

int MapStore::mapIndex(EntityId id) const
{
    for (int i = 0; i < m_maps.size(); ++i)
        if (m_maps.at(i)->id() == id)
            return i;
    return -1;
}

void MapStore::watch(ValueStreamMap *map)
{
    const EntityId id = map->id();
    connect(map, &ValueStreamMap::changed, this, &ArtefactStore::modified);
    // A figure a series measures may have changed with it.
    connect(map, &ValueStreamMap::changed, &document(), &Document::noteMeasuredChanged,
            Qt::UniqueConnection); // takeMap() keeps it: a map back by undo is not doubled
    connect(map, &ValueStreamMap::propertiesChanged, this, [this, id] {
        Q_EMIT mapPropertiesChanged(id);
        Q_EMIT outlineChanged(id);
    });
}

void MapStore::insertMap(int index, ValueStreamMap *map)
{
    index = qBound(0, index, int(m_maps.size()));
    Q_EMIT outlineAboutToInsert(0, index);
    map->setParent(this);
    m_maps.insert(index, map);
    watch(map);
    // New, or back by undo after its rows went with it: written whole.
    map->markAllDirty();
    m_removedMaps.remove(map->id());
    m_listChanged = true;
    Q_EMIT outlineInserted(map->id());
    Q_EMIT artefactInserted(map->id());
    Q_EMIT modified();
}

ValueStreamMap *MapStore::takeMap(EntityId id)
{
    const int index = mapIndex(id);
    Q_ASSERT(index >= 0);
    Q_EMIT outlineAboutToRemove(0, index);
    ValueStreamMap *map = m_maps.takeAt(index);
    map->disconnect(this);
    map->setParent(nullptr);
    m_removedMaps.insert(id);
    m_listChanged = true;
    Q_EMIT outlineRemoved(id);
    Q_EMIT artefactRemoved(id);
    Q_EMIT modified();
    return map;
}

bool MapStore::load(SqlConnection &db, QString *error)
{
    TableStore maps = mapTable(db);
    QHash<EntityId, ValueStreamMap *> byId;
    bool ok = maps.readAll([&](const TableStore::Row &row, const TableStore::Values &values) {
        ValueStreamMap::Properties properties;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            ValueStreamMap::fields().setValue(properties, it.key(), it.value());
        auto *map = new ValueStreamMap(row.id, this);
        map->loadProperties(properties);
        m_maps << map;
        byId.insert(row.id, map);
        return true;
    });
    TableStore elements = elementTable(db);
    TableStore connectors = connectorTable(db);
    QHash<EntityId, QList<MapElement>> elementsOf;
    QHash<EntityId, QList<Connector>> connectorsOf;
    ok = ok
        && ListStore::read(
             elements, MapElement::fields(), [&](EntityId mapId, const MapElement &e) {
                 elementsOf[mapId] << e; // a row of no map cannot be: its map_id is a foreign key
                 return true;
             });
    ok = ok
        && ListStore::read(connectors, Connector::fields(),
                           [&](EntityId mapId, const Connector &c) {
                               connectorsOf[mapId] << c;
                               return true;
                           });
    if (!ok) {
        if (error)
            *error = !maps.errorText().isEmpty()  ? maps.errorText()
                : !elements.errorText().isEmpty() ? elements.errorText()
                                                  : connectors.errorText();
        return false;
    }
    for (ValueStreamMap *map : std::as_const(m_maps)) {
        map->elementList().load(elementsOf.take(map->id()));
        map->connectorList().load(connectorsOf.take(map->id()));
        map->markStored();
        watch(map);
    }
    return true;
}

bool MapStore::isDirty() const
{
    if (m_listChanged || !m_removedMaps.isEmpty())
        return true;
    for (const ValueStreamMap *map : m_maps)
        if (map->isDirty())
            return true;
    return false;
}

bool MapStore::flush(SqlConnection &db, QString *error)
{
    TableStore maps = mapTable(db);
    TableStore elements = elementTable(db);
    TableStore connectors = connectorTable(db);
    auto fail = [&](const TableStore &table) {
        if (error)
            *error = table.errorText();
        return false;
    };
    // A deleted map takes its elements, connectors and attributes with it (ON DELETE CASCADE).
    for (EntityId id : std::as_const(m_removedMaps))
        if (!maps.remove(id))
            return fail(maps);
    for (int i = 0; i < m_maps.size(); ++i) {
        ValueStreamMap *map = m_maps.at(i);
        // A base map that came or went changes what its future states' link can be.
        const bool relink = m_listChanged && map->derivedFrom();
        if (map->arePropertiesDirty() || relink) {
            // A deleted base is stored as no base; the link comes back with the base on undo.
            const auto value = [&](int field) {
                if (field == int(ValueStreamMap::Field::DerivedFrom))
                    return QVariant(this->map(map->derivedFrom()) ? map->derivedFrom() : 0);
                return ValueStreamMap::fields().value(map->properties(), field);
            };
            if (!maps.write({map->id(), 0, i}, value))
                return fail(maps);
        } else if (m_listChanged && !maps.writePosition(map->id(), i)) {
            return fail(maps);
        }
        if (!ListStore::flush(elements, map->elementList(), map->id()))
            return fail(elements);
        if (!ListStore::flush(connectors, map->connectorList(), map->id()))
            return fail(connectors);
    }
    return true;
}

void MapStore::markStored()
{
    m_removedMaps.clear();
    m_listChanged = false;
    for (ValueStreamMap *map : std::as_const(m_maps))
        map->markStored();
}

QList<EntityId> MapStore::artefacts() const
{
    QList<EntityId> ids;
    for (const ValueStreamMap *map : m_maps)
        ids << map->id();
    return ids;
}

QString MapStore::artefactName(EntityId id) const
{
    const ValueStreamMap *m = map(id);
    return m ? m->name() : QString();
}

QString MapStore::summary(EntityId id) const
{
    const ValueStreamMap *m = map(id);
    if (!m)
        return {};
    const MapMetrics metrics = MapMetrics::compute(*m, map(m->derivedFrom()));
    return tr("%n element(s), lead time %1", nullptr, int(m->elements().size()))
        .arg(metrics.formatTime(metrics.leadTime));
}

bool MapStore::contains(EntityId id) const
{
    for (const ValueStreamMap *map : m_maps)
        if (map->id() == id || map->elementList().contains(id) || map->connectorList().contains(id))
            return true;
    return false;
}

QVariant MapStore::outlineData(EntityId id, int role) const
{
    const ValueStreamMap *m = map(id);
    if (m && role == Qt::ToolTipRole)
        return tr("%1 (%2)").arg(m->name(), ValueStreamMap::stateName(m->state()));
    if (m && role == StatusRole)
        return ValueStreamMap::stateName(m->state());
    return ArtefactStore::outlineData(id, role);
}

MapMetrics MapStore::metrics(const ValueStreamMap &m) const
{
    MapMetrics metrics = MapMetrics::compute(m, map(m.derivedFrom()));
    metrics.measuredCycleTimes = measuredCycleTimes(m);
    return metrics;
}

QHash<EntityId, MeasuredSpread> MapStore::measuredCycleTimes(const ValueStreamMap &m) const
{
    QHash<EntityId, MeasuredSpread> spreads;
    for (const MapElement &e : m.elements()) {
        if (e.kind != ElementKind::Process)
            continue;
        const auto spread = MeasuredFigures::spread(document(), e.id, CycleTimeFigure);
        if (spread && spread->inSeconds && spread->n > 0)
            spreads.insert(e.id, *spread);
    }
    return spreads;
}

EntityId MapStore::entityNamed(const QString &name, EntityId within) const
{
    if (const EntityId map = within ? 0 : artefactByName(name))
        return map;
    // A step, a queue, a kaizen burst: by its title, exactly, or whatever the case when only
    // one fits (a name on more than one map fits none).
    EntityId exact = 0, loose = 0;
    int exactCount = 0, looseCount = 0;
    for (const ValueStreamMap *m : m_maps)
        for (const MapElement &e :
             within &&within != m->id() ? QList<MapElement>() : m->elements()) {
            const QString title = m->elementTitle(e);
            if (title == name)
                exact = e.id, ++exactCount;
            else if (title.compare(name, Qt::CaseInsensitive) == 0)
                loose = e.id, ++looseCount;
        }
    if (exactCount)
        return exactCount == 1 ? exact : 0;
    return looseCount == 1 ? loose : 0;
}

QString MapStore::entityName(EntityId id) const
{
    if (const ValueStreamMap *m = map(id))
        return m->name();
    for (const ValueStreamMap *m : m_maps)
        if (const MapElement *e = m->element(id))
            return m->elementTitle(*e);
    return {};
}

EntityId MapStore::artefactOf(EntityId id) const
{
    for (const ValueStreamMap *m : m_maps)
        if (m->id() == id || m->element(id) || m->connector(id))
            return m->id();
    return 0;
}

QList<MeasurableFigure> MapStore::measurableFigures() const
{
    QList<MeasurableFigure> figures;
    for (const ValueStreamMap *m : m_maps) {
        figures << *measurableFigure(m->id(), LeadTimeFigure);
        for (const MapElement &e : m->elements())
            if (auto figure = measurableFigure(
                    e.id, e.kind == ElementKind::Process ? CycleTimeFigure : WaitFigure))
                figures << *figure;
    }
    return figures;
}

std::optional<MeasurableFigure> MapStore::measurableFigure(EntityId target,
                                                           const QString &key) const
{
    if (const ValueStreamMap *m = map(target)) {
        if (key != LeadTimeFigure)
            return std::nullopt;
        // The one figure that needs the whole map worked out.
        const MapMetrics metrics = MapMetrics::compute(*m, map(m->derivedFrom()));
        return MeasurableFigure {m->id(),  LeadTimeFigure,   tr("%1 ▸ lead time").arg(m->name()),
                                 true,     metrics.leadTime, m->name(),
                                 QString()};
    }
    for (const ValueStreamMap *m : m_maps) {
        const MapElement *e = m->element(target);
        if (!e)
            continue;
        const QString title = m->elementTitle(*e);
        if (e->kind == ElementKind::Process && key == CycleTimeFigure)
            return MeasurableFigure {
                e->id, CycleTimeFigure, tr("%1 ▸ %2: cycle time").arg(m->name(), title),
                true,  e->cycleTime,    m->name(),
                title};
        if (MapElement::isQueue(e->kind) && key == WaitFigure)
            return MeasurableFigure {e->id,
                                     WaitFigure,
                                     tr("%1 ▸ %2: wait").arg(m->name(), title),
                                     true,
                                     MapMetrics::waitOf(*e, m->demandPerDay()),
                                     m->name(),
                                     title};
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace Takt
