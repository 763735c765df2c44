#include "exampleworkshop.h"

#include "changeworkshopfield.h"
#include "common/duration.h"
#include "document.h"
#include "vsm/addremovemap.h"
#include "vsm/addremovemapitems.h"
#include "vsm/changeelementfield.h"
#include "vsm/futurestate.h"
#include "vsm/valuestreammap.h"
#include "vsm/vsmjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

namespace Takt {

namespace {

/** Reading the example is all-or-nothing: the first problem stops it with a message. */
struct Builder
{
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
        error = ExampleWorkshop::tr("no step named \"%1\" on \"%2\"").arg(name, map.name());
        return nullptr;
    }

    void addBursts(Document &document, const ValueStreamMap &map, const QJsonArray &bursts)
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

    void applyChange(Document &document, const ValueStreamMap &map, const QJsonObject &change)
    {
        const MapElement *target = step(map, change.value(QLatin1String("step")).toString());
        if (!target)
            return;
        const QString field = change.value(QLatin1String("field")).toString();
        const QJsonValue value = change.value(QLatin1String("value"));
        ElementField element;
        QVariant newValue = value.toVariant();
        if (field == QLatin1String("wait") || field == QLatin1String("cycle_time")) {
            element = field == QLatin1String("wait") ? ElementField::Wait : ElementField::CycleTime;
            const auto seconds = Duration::parse(value.toString(), &error);
            if (!seconds)
                return;
            newValue = *seconds;
        } else if (field == QLatin1String("count")) {
            element = ElementField::Count;
        } else if (field == QLatin1String("complete_accurate")) {
            element = ElementField::CompleteAccurate;
        } else {
            error = ExampleWorkshop::tr("unknown field \"%1\"").arg(field);
            return;
        }
        document.undoStack()->push(
            new ChangeElementField(&document, map.id(), target->id, element, newValue));
    }
};

} // namespace

std::unique_ptr<Document> ExampleWorkshop::build(const QString &folder, QString *error)
{
    Builder b;
    const QDir dir(folder);
    const QJsonObject workshop
        = QJsonDocument::fromJson(b.read(dir.filePath(QStringLiteral("workshop.json")))).object();
    auto document = b.error.isEmpty() ? Document::createNew(&b.error) : nullptr;
    if (!document) {
        if (error)
            *error = b.error;
        return nullptr;
    }
    QUndoStack *stack = document->undoStack();
    using F = WorkshopMetadata::Field;
    const auto text
        = [&](const char *key) { return workshop.value(QLatin1String(key)).toString(); };
    QStringList facilitators;
    for (const QJsonValue &v : workshop.value(QLatin1String("facilitators")).toArray())
        facilitators << v.toString();
    const QList<QPair<F, QVariant>> metadata = {
        {F::Title, text("title")},
        {F::Organisation, text("organisation")},
        {F::StartDate, QDate::fromString(text("start_date"), Qt::ISODate)},
        {F::EndDate, QDate::fromString(text("end_date"), Qt::ISODate)},
        {F::Location, text("location")},
        {F::Facilitators, facilitators.join(QLatin1Char('\n'))},
        {F::Objective, text("objective")},
        {F::Notes, text("notes")},
    };
    for (const auto &[field, value] : metadata)
        stack->push(new ChangeWorkshopField(document.get(), field, value));

    for (const QJsonValue &file : workshop.value(QLatin1String("maps")).toArray()) {
        const QByteArray json = b.read(dir.filePath(file.toString()));
        auto map = b.error.isEmpty() ? VsmJson::read(
                       json, [&] { return document->newId(); }, &b.error)
                                     : nullptr;
        if (!map)
            break;
        stack->push(new AddMap(document.get(), map.release()));
    }
    if (b.error.isEmpty() && !document->maps().isEmpty())
        b.addBursts(*document, *document->maps().first(),
                    workshop.value(QLatin1String("current_state_bursts")).toArray());

    const QJsonObject spec = workshop.value(QLatin1String("future_state")).toObject();
    const ValueStreamMap *from = document->mapByName(spec.value(QLatin1String("from")).toString());
    if (b.error.isEmpty() && !spec.isEmpty() && !from)
        b.error = tr("future_state.from names no map");
    if (b.error.isEmpty() && from) {
        auto future = FutureState::derive(*from, [&] { return document->newId(); });
        // The current state's bursts mark its problems; the future state gets its own.
        for (const MapElement &e : QList<MapElement>(future->elements()))
            if (e.kind == ElementKind::KaizenBurst)
                future->takeElement(e.id);
        const EntityId id = future->id();
        stack->push(new AddMap(document.get(), future.release()));
        const ValueStreamMap &map = *document->map(id);
        for (const QJsonValue &change : spec.value(QLatin1String("changes")).toArray())
            if (b.error.isEmpty())
                b.applyChange(*document, map, change.toObject());
        if (b.error.isEmpty())
            b.addBursts(*document, map, spec.value(QLatin1String("bursts")).toArray());
    }
    if (!b.error.isEmpty()) {
        if (error)
            *error = tr("The example workshop could not be built: %1").arg(b.error);
        return nullptr;
    }
    stack->clear(); // the example starts as opened, not as a list of edits to undo
    return document;
}

} // namespace Takt
