#include "vsmjson.h"

#include "common/duration.h"
#include "core/jsonobjectreader.h"
#include "maplayout.h"
#include "mapmetrics.h"
#include "valuestreammap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace Takt {

namespace {

/** Collects the first error with where it happened; later reads become no-ops. */
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(VsmJson)

public:
    QString error;
    QString where; // "step 3 \"Labeling\"" or empty for the map itself

    bool failed() const { return !error.isEmpty(); }

    void fail(const QString &field, const QString &message)
    {
        if (failed())
            return;
        const QString place = where.isEmpty() ? tr("field \"%1\"").arg(field)
                                              : tr("%1, field \"%2\"").arg(where, field);
        error = place + QStringLiteral(": ") + message;
    }

    void checkKnown(const QJsonObject &object, const QStringList &known)
    {
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!known.contains(it.key()))
                fail(it.key(), tr("unknown field"));
    }

    std::optional<double> duration(const QJsonObject &o, const QString &field)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString()) {
            fail(field, tr("a duration is a string with a unit, e.g. \"45 min\""));
            return std::nullopt;
        }
        QString message;
        const auto seconds = Duration::parse(v.toString(), &message);
        if (!seconds)
            fail(field, message);
        return seconds;
    }

    std::optional<double> number(const QJsonObject &o, const QString &field, double max = INFINITY)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            fail(field, tr("must be a number"));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (d < 0 || d > max) {
            fail(field,
                 std::isinf(max) ? tr("%1 is negative").arg(d)
                                 : tr("%1 is outside 0 to %2").arg(d).arg(max));
            return std::nullopt;
        }
        return d;
    }

    std::optional<int> integer(const QJsonObject &o, const QString &field)
    {
        const auto d = number(o, field);
        if (!d)
            return std::nullopt;
        if (*d != std::floor(*d) || *d > 1e9) {
            fail(field, tr("%1 is not a whole number").arg(*d));
            return std::nullopt;
        }
        return int(*d);
    }

    QString text(const QJsonObject &o, const QString &field)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(field, tr("must be text"));
        return v.toString();
    }

    QList<QPair<QString, QString>> attributes(const QJsonObject &o, const QString &field)
    {
        const QJsonValue value = o.value(field);
        if (!value.isUndefined() && !value.isObject())
            fail(field, tr("must be an object of names and values"));
        QList<QPair<QString, QString>> pairs;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString() && !it.value().isDouble())
                fail(field, tr("the value of \"%1\" must be text or a number").arg(it.key()));
            pairs << qMakePair(it.key(),
                               it.value().isDouble()
                                   ? QString::number(it.value().toDouble(), 'g', 17)
                                   : it.value().toString());
        }
        return pairs;
    }

    /** Reads the step's @p fields by their keys, as their types say; the rest keep their
     *  defaults. */
    void read(const QJsonObject &o, MapElement &e, const QList<ElementField> &fields)
    {
        const auto &table = MapElement::fields();
        for (ElementField id : fields) {
            const FieldDef &def = table.find(int(id))->def;
            const QString key = QLatin1String(def.key);
            QVariant value;
            switch (def.type) {
            case FieldType::Duration:
                value = FieldValue::toVariant(duration(o, key));
                break;
            case FieldType::Fraction:
                // %C&A above 1 cannot be; an uptime above 1 is read and warned of by the metrics.
                value = FieldValue::toVariant(
                    number(o, key, def.maximum > 0 ? def.maximum : INFINITY));
                break;
            case FieldType::WholeNumber: {
                const auto n = integer(o, key);
                if (n && *n < def.minimum)
                    fail(key,
                         tr("%1 is less than %2; leave the field out for none")
                             .arg(*n)
                             .arg(def.minimum));
                value = FieldValue::toVariant(n);
                break;
            }
            case FieldType::Boolean: {
                const QJsonValue v = o.value(key);
                if (!v.isUndefined() && !v.isBool())
                    fail(key, tr("must be true or false"));
                value = v.isBool() ? v.toBool() : table.value(MapElement(), int(id));
                break;
            }
            case FieldType::KeyValues:
                value = FieldValue::toVariant(attributes(o, key));
                break;
            case FieldType::Text:
                value = text(o, key);
                break;
            default:
                value = FieldValue::toVariant(number(o, key));
                break;
            }
            table.setValue(e, int(id), value);
        }
    }
};

using F = ElementField;
// What version 1 holds of each type of step, by the fields' own keys.
const QList<ElementField> ProcessFields
    = {F::CycleTime,  F::Changeover,       F::Uptime,   F::Operators,  F::Shifts,     F::Batch,
       F::ValueAdded, F::CompleteAccurate, F::WipLimit, F::Attributes, F::OnTimeline, F::Notes};
const QList<ElementField> InventoryFields = {F::Count, F::DemandPerDay, F::Wait, F::Notes};

QStringList keysOf(const QList<ElementField> &fields)
{
    QStringList keys {QStringLiteral("type"), QStringLiteral("name")};
    for (ElementField f : fields)
        keys << MapElement::fields().key(int(f));
    return keys;
}

/** Writes the step's @p fields that hold something other than their default. */
void writeFields(QJsonObject &o, const MapElement &e, const QList<ElementField> &fields)
{
    const auto &table = MapElement::fields();
    for (ElementField id : fields) {
        const FieldDef &def = table.find(int(id))->def;
        const QVariant v = table.value(e, int(id));
        if (!v.isValid() || v == table.value(MapElement(), int(id))
            || (def.type == FieldType::Text && v.toString().isEmpty()))
            continue;
        const QLatin1String key(def.key);
        if (def.type == FieldType::Duration) {
            o.insert(key, Duration::formatExact(v.toDouble()));
        } else if (def.type == FieldType::KeyValues) {
            QJsonObject pairs;
            for (const auto &[name, value] : e.attributes)
                pairs.insert(name, value);
            o.insert(key, pairs);
        } else {
            o.insert(key, QJsonValue::fromVariant(v));
        }
    }
}

void putDuration(QJsonObject &o, const char *field, const std::optional<double> &seconds)
{
    if (seconds)
        o.insert(QLatin1String(field), Duration::formatExact(*seconds));
}

} // namespace

std::unique_ptr<ValueStreamMap>
VsmJson::read(const QByteArray &json, const std::function<EntityId()> &newId, QString *error)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return nullptr;
    };
    const auto object = JsonObjectReader::read(json, error);
    if (!object)
        return nullptr;
    const QJsonObject &root = *object;
    if (root.value(QLatin1String("format")).toString() != VsmJson::FormatName)
        return failWith(tr("field \"format\": must be \"takt-vsm\""));
    const int version = root.value(QLatin1String("version")).toInt(-1);
    if (version != Version)
        return failWith(version > Version
                            ? tr("field \"version\": version %1 is newer than this Takt reads (%2)")
                                  .arg(version)
                                  .arg(Version)
                            : tr("field \"version\": must be %1").arg(Version));

    Reader r;
    r.checkKnown(root,
                 {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("name"),
                  QStringLiteral("state"), QStringLiteral("demand_per_day"),
                  QStringLiteral("available_time_per_day"), QStringLiteral("supplier"),
                  QStringLiteral("customer"), QStringLiteral("steps"), QStringLiteral("notes"),
                  QStringLiteral("time_unit")});
    auto map = std::make_unique<ValueStreamMap>(newId());
    QString name = r.text(root, QStringLiteral("name")).trimmed();
    map->setValue(ValueStreamMap::Field::Name, name.isEmpty() ? tr("Imported map") : name);
    const QString stateKey = r.text(root, QStringLiteral("state"));
    if (!stateKey.isEmpty()) {
        const auto state = ValueStreamMap::stateFromKey(stateKey);
        if (!state)
            r.fail(QStringLiteral("state"), tr("must be \"current\", \"future\" or \"ideal\""));
        else
            map->setValue(ValueStreamMap::Field::State, int(*state));
    }
    const auto demand = r.number(root, QStringLiteral("demand_per_day"));
    if (demand && *demand == 0)
        r.fail(QStringLiteral("demand_per_day"), tr("must be more than 0"));
    else if (demand)
        map->setValue(ValueStreamMap::Field::DemandPerDay, *demand);
    const auto available = r.duration(root, QStringLiteral("available_time_per_day"));
    if (available && *available > Duration::Day)
        r.fail(QStringLiteral("available_time_per_day"),
               tr("%1 is more than a day of 24 h").arg(Duration::format(*available)));
    else if (available)
        map->setValue(ValueStreamMap::Field::AvailableTime, *available);
    map->setValue(ValueStreamMap::Field::Notes, r.text(root, QStringLiteral("notes")));
    const QString unitSymbol = r.text(root, QStringLiteral("time_unit"));
    if (!unitSymbol.isEmpty()) {
        const auto unit = Duration::unitFromSymbol(unitSymbol);
        if (!unit)
            r.fail(QStringLiteral("time_unit"), tr("must be s, min, h, d or wk"));
        else
            map->setValue(ValueStreamMap::Field::TimeUnit, int(*unit));
    }

    QList<MapElement> flow;
    auto addEnd = [&](const char *field, ElementKind kind) {
        const QString endName = r.text(root, QLatin1String(field));
        if (endName.isEmpty())
            return;
        MapElement e;
        e.id = newId();
        e.kind = kind;
        e.name = endName;
        flow << e;
    };
    addEnd("supplier", ElementKind::Supplier);

    const QJsonValue stepsValue = root.value(QLatin1String("steps"));
    if (!stepsValue.isUndefined() && !stepsValue.isArray())
        r.fail(QStringLiteral("steps"), tr("must be a list of steps"));
    const QJsonArray steps = stepsValue.toArray();
    for (int i = 0; i < steps.size() && !r.failed(); ++i) {
        r.where = tr("step %1").arg(i + 1);
        if (!steps.at(i).isObject()) {
            r.fail(QStringLiteral("type"), tr("a step is a JSON object"));
            break;
        }
        const QJsonObject s = steps.at(i).toObject();
        MapElement e;
        e.id = newId();
        e.name = r.text(s, QStringLiteral("name"));
        if (!e.name.isEmpty())
            r.where = tr("step %1 \"%2\"").arg(i + 1).arg(e.name);
        const QString type = s.value(QLatin1String("type")).toString();
        if (type == QLatin1String("process")) {
            e.kind = ElementKind::Process;
            r.checkKnown(s, keysOf(ProcessFields));
            r.read(s, e, ProcessFields);
        } else if (type == QLatin1String("inventory")) {
            e.kind = ElementKind::Inventory;
            r.checkKnown(s, keysOf(InventoryFields));
            r.read(s, e, InventoryFields);
            if (e.demandPerDay && *e.demandPerDay == 0)
                r.fail(QStringLiteral("demand_per_day"), tr("must be more than 0"));
            if (e.count && !e.wait && !e.demandPerDay && !(demand && *demand > 0))
                r.fail(QStringLiteral("count"),
                       tr("a count needs a demand per day, on the step or on the map, to "
                          "become a wait"));
        } else {
            r.fail(QStringLiteral("type"),
                   type.isEmpty()
                       ? tr("missing; write \"process\" or \"inventory\"")
                       : tr("unknown type \"%1\"; write \"process\" or \"inventory\"").arg(type));
        }
        flow << e;
    }
    r.where.clear();
    addEnd("customer", ElementKind::Customer);
    if (r.failed())
        return failWith(r.error);

    for (const MapElement &e : std::as_const(flow))
        map->insertElement(map->elements().size(), e);
    for (int i = 1; i < flow.size(); ++i) {
        Connector c;
        c.id = newId();
        const bool endLink = flow.at(i - 1).kind == ElementKind::Supplier
            || flow.at(i).kind == ElementKind::Customer;
        c.kind = endLink ? Connector::Kind::Shipment : Connector::Kind::Push;
        c.from = flow.at(i - 1).id;
        c.to = flow.at(i).id;
        map->insertConnector(map->connectors().size(), c);
    }
    layOut(*map);
    return map;
}

void VsmJson::layOut(ValueStreamMap &map)
{
    using namespace MapLayout;
    const QList<EntityId> path = MapMetrics::flowPath(map);
    double x = FirstX;
    double firstX = -1;
    double lastX = x;
    for (EntityId id : path) {
        const MapElement *e = map.element(id);
        if (e->kind == ElementKind::Supplier || e->kind == ElementKind::Customer)
            continue;
        const bool process = e->kind == ElementKind::Process;
        if (firstX < 0)
            firstX = x;
        map.setElementPos(id, QPointF(x, FlowRow));
        lastX = x;
        x += process ? StepSpacing : QueueSpacing;
    }
    if (firstX < 0)
        firstX = FirstX;
    for (const MapElement &e : map.elements()) {
        if (e.kind == ElementKind::Supplier)
            map.setElementPos(e.id, QPointF(firstX - EndOffset, TopRow));
        else if (e.kind == ElementKind::Customer)
            map.setElementPos(e.id, QPointF(qMax(lastX + EndOffset, firstX + StepSpacing), TopRow));
    }
}

QByteArray VsmJson::write(const ValueStreamMap &map, QStringList *leftOut)
{
    QJsonObject root;
    root.insert(QLatin1String("format"), VsmJson::FormatName);
    root.insert(QLatin1String("version"), Version);
    root.insert(QLatin1String("name"), map.name());
    root.insert(QLatin1String("state"), ValueStreamMap::stateKey(map.state()));
    if (map.demandPerDay())
        root.insert(QLatin1String("demand_per_day"), *map.demandPerDay());
    putDuration(root, "available_time_per_day", map.availableTimePerDay());
    if (!map.notes().isEmpty())
        root.insert(QLatin1String("notes"), map.notes());
    if (map.timeUnit())
        root.insert(QLatin1String("time_unit"), Duration::symbol(*map.timeUnit()));

    QJsonArray steps;
    QSet<EntityId> written;
    for (EntityId id : MapMetrics::flowPath(map)) {
        const MapElement &e = *map.element(id);
        QJsonObject s;
        if (e.kind == ElementKind::Supplier || e.kind == ElementKind::Customer) {
            root.insert(QLatin1String(e.kind == ElementKind::Supplier ? "supplier" : "customer"),
                        e.name);
            written.insert(e.id);
            continue;
        }
        if (e.kind == ElementKind::Process) {
            s.insert(QLatin1String("type"), QLatin1String("process"));
            s.insert(QLatin1String("name"), e.name);
            writeFields(s, e, ProcessFields);
        } else if (e.kind == ElementKind::Inventory) {
            s.insert(QLatin1String("type"), QLatin1String("inventory"));
            s.insert(QLatin1String("name"), e.name);
            writeFields(s, e, InventoryFields);
        } else {
            continue; // FIFO lanes, supermarkets and buffers have no version-1 form yet
        }
        written.insert(e.id);
        steps.append(s);
    }
    root.insert(QLatin1String("steps"), steps);
    if (leftOut) {
        leftOut->clear();
        for (const MapElement &e : map.elements())
            if (!written.contains(e.id))
                *leftOut << (e.name.isEmpty() ? MapElement::kindName(e.kind) : e.name);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Takt
