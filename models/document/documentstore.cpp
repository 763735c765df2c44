#include "documentstore.h"

#include "common/duration.h"
#include "sqlconnection.h"
#include "vsm/valuestreammap.h"
#include "workshopmetadata.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Takt {

namespace {

template<typename T> QVariant toSql(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

std::optional<double> doubleFromSql(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

std::optional<int> intFromSql(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

/** A null QString binds as SQL NULL; the text columns are NOT NULL, so bind "" instead. */
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant dateToSql(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

const QString ElementColumns = QStringLiteral(
    "id, map_id, position, kind, name, x, y, cycle_time_s, changeover_s, uptime, operators, "
    "shifts, batch, value_added_s, complete_accurate, wip_limit, on_timeline, sharing, count, "
    "demand_per_day, wait_s, max_count, frequency, notes");
constexpr int ElementColumnCount = 24;

} // namespace

DocumentStore::DocumentStore(SqlConnection &db)
    : m_db(db)
{ }

bool DocumentStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool DocumentStore::readMetadata(WorkshopMetadata *m)
{
    QSqlQuery q(m_db.database());
    if (!q.exec(QStringLiteral("SELECT title, organisation, start_date, end_date, location, "
                               "facilitators, objective, notes FROM workshop WHERE id = 1")))
        return fail(q.lastError().text());
    if (!q.next())
        return fail(tr("the workshop row is missing"));
    m->title = q.value(0).toString();
    m->organisation = q.value(1).toString();
    m->startDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    m->endDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    m->location = q.value(4).toString();
    m->facilitators = q.value(5).toString();
    m->objective = q.value(6).toString();
    m->notes = q.value(7).toString();
    return true;
}

bool DocumentStore::writeMetadata(const WorkshopMetadata &m)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("UPDATE workshop SET title = ?, organisation = ?, start_date = ?, "
                             "end_date = ?, location = ?, facilitators = ?, objective = ?, "
                             "notes = ? WHERE id = 1"));
    for (const QVariant &v :
         {text(m.title), text(m.organisation), dateToSql(m.startDate), dateToSql(m.endDate),
          text(m.location), text(m.facilitators), text(m.objective), text(m.notes)})
        q.addBindValue(v);
    return q.exec() || fail(q.lastError().text());
}

EntityId DocumentStore::largestId()
{
    EntityId largest = 0;
    for (const char *table : {"maps", "map_elements", "map_connectors"}) {
        const QVariant v
            = m_db.scalar(QStringLiteral("SELECT max(id) FROM %1").arg(QLatin1String(table)));
        largest = qMax(largest, v.toLongLong());
    }
    return largest;
}

bool DocumentStore::readMaps(QList<ValueStreamMap *> *maps)
{
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, state, derived_from, demand_per_day, "
                               "available_time_s, notes, time_unit FROM maps "
                               "ORDER BY position, id")))
        return fail(q.lastError().text());
    QHash<EntityId, ValueStreamMap *> byId;
    while (q.next()) {
        auto *map = new ValueStreamMap(q.value(0).toLongLong());
        map->setValue(ValueStreamMap::Field::Name, q.value(1));
        map->setValue(ValueStreamMap::Field::State,
                      int(ValueStreamMap::stateFromKey(q.value(2).toString())
                              .value_or(ValueStreamMap::State::Current)));
        map->setDerivedFrom(q.value(3).toLongLong());
        map->setValue(ValueStreamMap::Field::DemandPerDay, q.value(4));
        map->setValue(ValueStreamMap::Field::AvailableTime, q.value(5));
        map->setValue(ValueStreamMap::Field::Notes, q.value(6));
        if (const auto unit = Duration::unitFromSymbol(q.value(7).toString()))
            map->setValue(ValueStreamMap::Field::TimeUnit, int(*unit));
        maps->append(map);
        byId.insert(map->id(), map);
    }

    QHash<EntityId, QList<QPair<QString, QString>>> attributes;
    if (!q.exec(QStringLiteral("SELECT element_id, key, value FROM element_attributes "
                               "ORDER BY element_id, position")))
        return fail(q.lastError().text());
    while (q.next())
        attributes[q.value(0).toLongLong()]
            << qMakePair(q.value(1).toString(), q.value(2).toString());

    if (!q.exec(QStringLiteral("SELECT %1 FROM map_elements ORDER BY map_id, position")
                    .arg(ElementColumns)))
        return fail(q.lastError().text());
    while (q.next()) {
        ValueStreamMap *map = byId.value(q.value(1).toLongLong());
        const auto kind = MapElement::kindFromKey(q.value(3).toString());
        if (!map || !kind)
            return fail(tr("element %1 has an unknown kind \"%2\"")
                            .arg(q.value(0).toLongLong())
                            .arg(q.value(3).toString()));
        MapElement e;
        e.id = q.value(0).toLongLong();
        e.kind = *kind;
        e.name = q.value(4).toString();
        e.pos = QPointF(q.value(5).toDouble(), q.value(6).toDouble());
        e.cycleTime = doubleFromSql(q.value(7));
        e.changeover = doubleFromSql(q.value(8));
        e.uptime = doubleFromSql(q.value(9));
        e.operators = intFromSql(q.value(10));
        e.shifts = intFromSql(q.value(11));
        e.batch = intFromSql(q.value(12));
        e.valueAdded = doubleFromSql(q.value(13));
        e.completeAccurate = doubleFromSql(q.value(14));
        e.wipLimit = intFromSql(q.value(15));
        e.onTimeline = q.value(16).toBool();
        e.sharing = MapElement::sharingFromKey(q.value(17).toString());
        e.count = doubleFromSql(q.value(18));
        e.demandPerDay = doubleFromSql(q.value(19));
        e.wait = doubleFromSql(q.value(20));
        e.maxCount = intFromSql(q.value(21));
        e.frequency = q.value(22).toString();
        e.notes = q.value(23).toString();
        e.attributes = attributes.value(e.id);
        map->insertElement(map->elements().size(), e);
    }

    if (!q.exec(QStringLiteral("SELECT id, map_id, kind, from_element, to_element, label "
                               "FROM map_connectors ORDER BY map_id, id")))
        return fail(q.lastError().text());
    while (q.next()) {
        ValueStreamMap *map = byId.value(q.value(1).toLongLong());
        const auto kind = Connector::kindFromKey(q.value(2).toString());
        if (!map || !kind)
            return fail(tr("connector %1 has an unknown kind \"%2\"")
                            .arg(q.value(0).toLongLong())
                            .arg(q.value(2).toString()));
        Connector c;
        c.id = q.value(0).toLongLong();
        c.kind = *kind;
        c.from = q.value(3).toLongLong();
        c.to = q.value(4).toLongLong();
        c.label = q.value(5).toString();
        map->insertConnector(map->connectors().size(), c);
    }
    return true;
}

bool DocumentStore::writeMap(const ValueStreamMap &map, int position, bool baseExists)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral(
        "INSERT INTO maps (id, position, name, state, derived_from, demand_per_day, "
        "available_time_s, notes, time_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET "
        "position = excluded.position, name = excluded.name, state = excluded.state, "
        "derived_from = excluded.derived_from, demand_per_day = excluded.demand_per_day, "
        "available_time_s = excluded.available_time_s, notes = excluded.notes, "
        "time_unit = excluded.time_unit"));
    q.addBindValue(map.id());
    q.addBindValue(position);
    q.addBindValue(text(map.name()));
    q.addBindValue(ValueStreamMap::stateKey(map.state()));
    q.addBindValue(map.derivedFrom() && baseExists ? QVariant(map.derivedFrom()) : QVariant());
    q.addBindValue(toSql(map.demandPerDay()));
    q.addBindValue(toSql(map.availableTimePerDay()));
    q.addBindValue(text(map.notes()));
    q.addBindValue(map.timeUnit() ? QVariant(Duration::symbol(*map.timeUnit())) : QVariant());
    if (!q.exec())
        return fail(q.lastError().text());

    // Elements are rewritten whole: simpler than diffing and, in one transaction, fast enough
    // for thousands of elements (see bench/).
    q.prepare(QStringLiteral("DELETE FROM map_elements WHERE map_id = ?"));
    q.addBindValue(map.id());
    if (!q.exec())
        return fail(q.lastError().text());

    QSqlQuery insert(m_db.database());
    QStringList placeholders;
    for (int i = 0; i < ElementColumnCount; ++i)
        placeholders << QStringLiteral("?");
    insert.prepare(QStringLiteral("INSERT INTO map_elements (%1) VALUES (%2)")
                       .arg(ElementColumns, placeholders.join(QLatin1Char(','))));
    QSqlQuery attribute(m_db.database());
    attribute.prepare(QStringLiteral(
        "INSERT INTO element_attributes (element_id, position, key, value) VALUES (?, ?, ?, ?)"));
    int elementPosition = 0;
    for (const MapElement &e : map.elements()) {
        const QVariant values[] = {e.id,
                                   map.id(),
                                   elementPosition++,
                                   MapElement::kindKey(e.kind),
                                   text(e.name),
                                   e.pos.x(),
                                   e.pos.y(),
                                   toSql(e.cycleTime),
                                   toSql(e.changeover),
                                   toSql(e.uptime),
                                   toSql(e.operators),
                                   toSql(e.shifts),
                                   toSql(e.batch),
                                   toSql(e.valueAdded),
                                   toSql(e.completeAccurate),
                                   toSql(e.wipLimit),
                                   e.onTimeline ? 1 : 0,
                                   MapElement::sharingKey(e.sharing),
                                   toSql(e.count),
                                   toSql(e.demandPerDay),
                                   toSql(e.wait),
                                   toSql(e.maxCount),
                                   e.frequency.isEmpty() ? QVariant() : QVariant(e.frequency),
                                   text(e.notes)};
        for (int i = 0; i < ElementColumnCount; ++i)
            insert.bindValue(i, values[i]);
        if (!insert.exec())
            return fail(insert.lastError().text());
        for (int i = 0; i < e.attributes.size(); ++i) {
            attribute.bindValue(0, e.id);
            attribute.bindValue(1, i);
            attribute.bindValue(2, text(e.attributes.at(i).first));
            attribute.bindValue(3, text(e.attributes.at(i).second));
            if (!attribute.exec())
                return fail(attribute.lastError().text());
        }
    }

    QSqlQuery connector(m_db.database());
    connector.prepare(QStringLiteral("INSERT INTO map_connectors (id, map_id, kind, from_element, "
                                     "to_element, label) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const Connector &c : map.connectors()) {
        connector.bindValue(0, c.id);
        connector.bindValue(1, map.id());
        connector.bindValue(2, Connector::kindKey(c.kind));
        connector.bindValue(3, c.from);
        connector.bindValue(4, c.to);
        connector.bindValue(5, text(c.label));
        if (!connector.exec())
            return fail(connector.lastError().text());
    }
    return true;
}

bool DocumentStore::writeMapPositions(const QList<ValueStreamMap *> &maps)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("UPDATE maps SET position = ? WHERE id = ?"));
    for (int i = 0; i < maps.size(); ++i) {
        q.bindValue(0, i);
        q.bindValue(1, maps.at(i)->id());
        if (!q.exec())
            return fail(q.lastError().text());
    }
    return true;
}

bool DocumentStore::deleteMapsExcept(const QSet<EntityId> &kept)
{
    QStringList ids;
    for (EntityId id : kept)
        ids << QString::number(id);
    const QString sql = ids.isEmpty()
        ? QStringLiteral("DELETE FROM maps")
        : QStringLiteral("DELETE FROM maps WHERE id NOT IN (%1)").arg(ids.join(QLatin1Char(',')));
    return m_db.exec(sql) || fail(m_db.errorText());
}

} // namespace Takt
