#include "mapitemsmime.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Takt {

const QString MapItemsMime::MimeType = QStringLiteral("application/x-takt-map-items");

namespace {

/** A field table's fields as JSON, by key: whatever fields a type gains travel along. */
template<typename T> QJsonObject toJson(const T &entity, const FieldTable<T> &table)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), entity.id);
    for (const auto &field : table.fields()) {
        const QVariant v = field.get(entity);
        if (field.def.type == FieldType::Point)
            o.insert(QLatin1String(field.def.key), QJsonArray {v.toPointF().x(), v.toPointF().y()});
        else if (field.def.type == FieldType::Choice && v.isValid())
            o.insert(QLatin1String(field.def.key), table.choiceKey(field.def.id, v.toInt()));
        else if (v.isValid())
            o.insert(QLatin1String(field.def.key), QJsonValue::fromVariant(v));
    }
    return o;
}

/** Nothing when a choice (an element's kind) is not one this Takt knows. */
template<typename T> std::optional<T> fromJson(const QJsonObject &o, const FieldTable<T> &table)
{
    T entity {};
    for (const auto &field : table.fields()) {
        const QJsonValue v = o.value(QLatin1String(field.def.key));
        if (field.def.type == FieldType::Choice) {
            const auto choice = table.choiceValue(field.def.id, v.toString());
            if (!choice && !field.def.optional)
                return std::nullopt;
            field.set(entity, choice ? QVariant(*choice) : QVariant());
        } else if (v.isUndefined()) {
            continue;
        } else if (field.def.type == FieldType::Point)
            field.set(entity, QPointF(v.toArray().at(0).toDouble(), v.toArray().at(1).toDouble()));
        else
            field.set(entity, v.toVariant());
    }
    return entity;
}

} // namespace

QByteArray MapItemsMime::encode(const MapItems &items)
{
    QJsonArray elements;
    for (const MapElement &e : items.elements)
        elements.append(toJson(e, MapElement::fields()));
    QJsonArray connectors;
    for (const Connector &c : items.connectors)
        connectors.append(toJson(c, Connector::fields()));
    return QJsonDocument(QJsonObject {{QLatin1String("elements"), elements},
                                      {QLatin1String("connectors"), connectors}})
        .toJson(QJsonDocument::Compact);
}

MapItems MapItemsMime::decode(const QByteArray &bytes,
                              const std::function<EntityId()> &newId,
                              QPointF offset)
{
    MapItems items;
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QHash<EntityId, EntityId> ids;
    for (const QJsonValue &value : root.value(QLatin1String("elements")).toArray()) {
        const QJsonObject o = value.toObject();
        const auto element = fromJson(o, MapElement::fields());
        if (!element)
            continue;
        MapElement e = *element;
        e.id = newId();
        ids.insert(o.value(QLatin1String("id")).toInteger(), e.id);
        e.pos += offset;
        items.elements << e;
    }
    for (const QJsonValue &value : root.value(QLatin1String("connectors")).toArray()) {
        const auto connector = fromJson(value.toObject(), Connector::fields());
        if (!connector)
            continue;
        Connector c = *connector;
        c.from = ids.value(c.from);
        c.to = ids.value(c.to);
        if (!c.from || !c.to)
            continue;
        c.id = newId();
        items.connectors << c;
    }
    return items;
}

} // namespace Takt
