#include "mapexample.h"

#include "addremovemap.h"
#include "addremovemapitems.h"
#include "common/duration.h"
#include "core/changefield.h"
#include "document/document.h"
#include "futurestate.h"
#include "mapstore.h"
#include "valuestreammap.h"
#include "vsmjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QUndoStack>

namespace Takt {

namespace {

/** Reading the example is all-or-nothing: the first problem stops it with a message. */
struct Builder
{
    Document &document;
    QString error;

    QByteArray read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return {};
        }
        return file.readAll();
    }

    const MapElement *step(const ValueStreamMap &map, const QString &name)
    {
        for (const MapElement &e : map.elements())
            if (e.name == name)
                return &e;
        error = MapExample::tr("no step named \"%1\" on \"%2\"").arg(name, map.name());
        return nullptr;
    }

    void addBursts(const ValueStreamMap &map, const QJsonArray &bursts)
    {
        MapItems items;
        for (const QJsonValue &value : bursts) {
            const QJsonObject o = value.toObject();
            const MapElement *near = step(map, o.value(QLatin1String("near")).toString());
            if (!near)
                return;
            MapElement burst;
            burst.id = document.newId();
            burst.kind = ElementKind::KaizenBurst;
            burst.name = o.value(QLatin1String("text")).toString();
            burst.pos = near->pos + QPointF(0, o.value(QLatin1String("dy")).toDouble());
            items.elements << burst;
        }
        if (!items.isEmpty())
            document.undoStack()->push(new AddMapItems(&document, map.id(), items));
    }

    /** A change of the future state: {"step", "field" (a field's key), "value"}. */
    void applyChange(ValueStreamMap &map, const QJsonObject &change)
    {
        const MapElement *target = step(map, change.value(QLatin1String("step")).toString());
        if (!target)
            return;
        const QString key = change.value(QLatin1String("field")).toString();
        const auto *field = MapElement::fields().find(key);
        if (!field) {
            error = MapExample::tr("unknown field \"%1\"").arg(key);
            return;
        }
        const QJsonValue value = change.value(QLatin1String("value"));
        QVariant newValue = value.toVariant();
        if (field->def.type == FieldType::Duration) {
            const auto seconds = Duration::parse(value.toString(), &error);
            if (!seconds)
                return;
            newValue = *seconds;
        }
        document.undoStack()->push(
            new ChangeField(&map.elementList(), target->id, field->def.id, newValue));
    }

    void deriveFutureState(const QJsonObject &spec)
    {
        MapStore *maps = MapStore::of(document);
        const ValueStreamMap *from = maps->mapByName(spec.value(QLatin1String("from")).toString());
        if (!from) {
            error = MapExample::tr("future_state.from names no map");
            return;
        }
        auto future = FutureState::derive(*from, [this] { return document.newId(); });
        // The current state's bursts mark its problems; the future state gets its own.
        for (const MapElement &e : QList<MapElement>(future->elements()))
            if (e.kind == ElementKind::KaizenBurst)
                future->takeElement(e.id);
        const EntityId id = future->id();
        document.undoStack()->push(new AddMap(&document, future.release()));
        ValueStreamMap &map = *maps->map(id);
        for (const QJsonValue &change : spec.value(QLatin1String("changes")).toArray())
            if (error.isEmpty())
                applyChange(map, change.toObject());
        if (error.isEmpty())
            addBursts(map, spec.value(QLatin1String("bursts")).toArray());
    }
};

} // namespace

bool MapExample::build(Document &document,
                       const QJsonObject &workshop,
                       const QString &folder,
                       QString *error)
{
    Builder b {document, {}};
    const QDir dir(folder);
    MapStore *maps = MapStore::of(document);
    for (const QJsonValue &file : workshop.value(QLatin1String("maps")).toArray()) {
        const QByteArray json = b.read(dir.filePath(file.toString()));
        auto map = b.error.isEmpty() ? VsmJson::read(
                       json, [&] { return document.newId(); }, &b.error)
                                     : nullptr;
        if (!map)
            break;
        document.undoStack()->push(new AddMap(&document, map.release()));
    }
    if (b.error.isEmpty() && !maps->maps().isEmpty())
        b.addBursts(*maps->maps().first(),
                    workshop.value(QLatin1String("current_state_bursts")).toArray());
    const QJsonObject spec = workshop.value(QLatin1String("future_state")).toObject();
    if (b.error.isEmpty() && !spec.isEmpty())
        b.deriveFutureState(spec);
    if (!b.error.isEmpty() && error)
        *error = b.error;
    return b.error.isEmpty();
}

} // namespace Takt
