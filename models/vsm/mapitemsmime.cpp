#include "mapitemsmime.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Takt {

const QString MapItemsMime::MimeType = QStringLiteral("application/x-takt-map-items");

namespace {

// Every field goes through MapElement::value()/setValue(), so new fields travel for free.
const ElementField Fields[] = {
    ElementField::Name,       ElementField::CycleTime,    ElementField::Changeover,
    ElementField::Uptime,     ElementField::Operators,    ElementField::Shifts,
    ElementField::Batch,      ElementField::ValueAdded,   ElementField::CompleteAccurate,
    ElementField::WipLimit,   ElementField::OnTimeline,   ElementField::Sharing,
    ElementField::Count,      ElementField::DemandPerDay, ElementField::Wait,
    ElementField::MaxCount,   ElementField::Frequency,    ElementField::Notes,
    ElementField::Attributes,
};

} // namespace

QByteArray MapItemsMime::encode(const MapItems &items)
{
    QJsonArray elements;
    for (const MapElement &e : items.elements) {
        QJsonObject o;
        o.insert(QLatin1String("id"), e.id);
        o.insert(QLatin1String("kind"), MapElement::kindKey(e.kind));
        o.insert(QLatin1String("x"), e.pos.x());
        o.insert(QLatin1String("y"), e.pos.y());
        for (ElementField field : Fields) {
            const QVariant v = e.value(field);
            if (v.isValid())
                o.insert(QString::number(int(field)), QJsonValue::fromVariant(v));
        }
        elements.append(o);
    }
    QJsonArray connectors;
    for (const Connector &c : items.connectors)
        connectors.append(QJsonObject {{QLatin1String("kind"), Connector::kindKey(c.kind)},
                                       {QLatin1String("from"), c.from},
                                       {QLatin1String("to"), c.to},
                                       {QLatin1String("label"), c.label}});
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
        const auto kind = MapElement::kindFromKey(o.value(QLatin1String("kind")).toString());
        if (!kind)
            continue;
        MapElement e;
        e.kind = *kind;
        e.id = newId();
        ids.insert(o.value(QLatin1String("id")).toInteger(), e.id);
        e.pos = QPointF(o.value(QLatin1String("x")).toDouble(),
                        o.value(QLatin1String("y")).toDouble())
            + offset;
        for (ElementField field : Fields) {
            const QJsonValue v = o.value(QString::number(int(field)));
            if (!v.isUndefined())
                e.setValue(field, v.toVariant());
        }
        items.elements << e;
    }
    for (const QJsonValue &value : root.value(QLatin1String("connectors")).toArray()) {
        const QJsonObject o = value.toObject();
        const auto kind = Connector::kindFromKey(o.value(QLatin1String("kind")).toString());
        const EntityId from = ids.value(o.value(QLatin1String("from")).toInteger());
        const EntityId to = ids.value(o.value(QLatin1String("to")).toInteger());
        if (!kind || !from || !to)
            continue;
        items.connectors << Connector {newId(), *kind, from, to,
                                       o.value(QLatin1String("label")).toString()};
    }
    return items;
}

} // namespace Takt
