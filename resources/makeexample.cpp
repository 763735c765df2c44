// Builds the bundled example workshop (a .takt file) from the JSON sources in examples/, at
// build time, through the same document API and undo commands the application uses.

#include "common/duration.h"
#include "document/changeworkshopfield.h"
#include "document/document.h"
#include "vsm/addremovemap.h"
#include "vsm/addremovemapitems.h"
#include "vsm/changeelementfield.h"
#include "vsm/futurestate.h"
#include "vsm/valuestreammap.h"
#include "vsm/vsmjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUndoStack>

using namespace Takt;

namespace {

[[noreturn]] void die(const QString &message)
{
    qCritical("make-example: %s", qPrintable(message));
    ::exit(1);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        die(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return file.readAll();
}

const MapElement *findStep(const ValueStreamMap &map, const QString &name)
{
    for (const MapElement &e : map.elements())
        if (e.name == name)
            return &e;
    die(QStringLiteral("no step named \"%1\" on \"%2\"").arg(name, map.name()));
}

void addBursts(Document &document, const ValueStreamMap &map, const QJsonArray &bursts)
{
    MapItems items;
    for (const QJsonValue &value : bursts) {
        const QJsonObject o = value.toObject();
        MapElement burst;
        burst.id = document.newId();
        burst.kind = ElementKind::KaizenBurst;
        burst.name = o.value(QLatin1String("text")).toString();
        burst.pos = findStep(map, o.value(QLatin1String("near")).toString())->pos
                    + QPointF(0, o.value(QLatin1String("dy")).toDouble());
        items.elements << burst;
    }
    document.undoStack()->push(new AddMapItems(&document, map.id(), items));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // keep the recovery folder out of the user's
    if (argc != 3)
        die(QStringLiteral("usage: make-example WORKSHOP.json OUT.takt"));
    const QString source = QString::fromLocal8Bit(argv[1]);
    const QString output = QString::fromLocal8Bit(argv[2]);
    const QDir folder = QFileInfo(source).absoluteDir();
    const QJsonObject workshop = QJsonDocument::fromJson(readFile(source)).object();

    QString error;
    auto document = Document::createNew(&error);
    if (!document)
        die(error);
    QUndoStack *stack = document->undoStack();
    using F = WorkshopMetadata::Field;
    auto set = [&](F field, const QVariant &value) {
        stack->push(new ChangeWorkshopField(document.get(), field, value));
    };
    set(F::Title, workshop.value(QLatin1String("title")).toString());
    set(F::Organisation, workshop.value(QLatin1String("organisation")).toString());
    set(F::StartDate, QDate::fromString(workshop.value(QLatin1String("start_date")).toString(), Qt::ISODate));
    set(F::EndDate, QDate::fromString(workshop.value(QLatin1String("end_date")).toString(), Qt::ISODate));
    set(F::Location, workshop.value(QLatin1String("location")).toString());
    QStringList facilitators;
    for (const QJsonValue &v : workshop.value(QLatin1String("facilitators")).toArray())
        facilitators << v.toString();
    set(F::Facilitators, facilitators.join(QLatin1Char('\n')));
    set(F::Objective, workshop.value(QLatin1String("objective")).toString());
    set(F::Notes, workshop.value(QLatin1String("notes")).toString());

    for (const QJsonValue &file : workshop.value(QLatin1String("maps")).toArray()) {
        auto map = VsmJson::read(readFile(folder.filePath(file.toString())),
                                 [&] { return document->newId(); }, &error);
        if (!map)
            die(file.toString() + QStringLiteral(": ") + error);
        stack->push(new AddMap(document.get(), map.release()));
    }
    const ValueStreamMap *current = document->maps().first();
    addBursts(*document, *current, workshop.value(QLatin1String("current_state_bursts")).toArray());

    const QJsonObject futureSpec = workshop.value(QLatin1String("future_state")).toObject();
    const ValueStreamMap *from = document->mapByName(futureSpec.value(QLatin1String("from")).toString());
    if (!from)
        die(QStringLiteral("future_state.from names no map"));
    auto future = FutureState::derive(*from, [&] { return document->newId(); });
    // The current state's bursts mark problems; the future state gets its own.
    for (const MapElement &e : future->elements())
        if (e.kind == ElementKind::KaizenBurst)
            future->takeElement(e.id);
    const EntityId futureId = future->id();
    stack->push(new AddMap(document.get(), future.release()));
    const ValueStreamMap &futureMap = *document->map(futureId);
    for (const QJsonValue &value : futureSpec.value(QLatin1String("changes")).toArray()) {
        const QJsonObject change = value.toObject();
        const MapElement *step = findStep(futureMap, change.value(QLatin1String("step")).toString());
        const QString field = change.value(QLatin1String("field")).toString();
        const QJsonValue v = change.value(QLatin1String("value"));
        ElementField target = ElementField::Name;
        QVariant newValue = v.toVariant();
        if (field == QLatin1String("wait") || field == QLatin1String("cycle_time")) {
            target = field == QLatin1String("wait") ? ElementField::Wait : ElementField::CycleTime;
            newValue = Duration::parse(v.toString()).value_or(0);
        } else if (field == QLatin1String("count")) {
            target = ElementField::Count;
        } else if (field == QLatin1String("complete_accurate")) {
            target = ElementField::CompleteAccurate;
        } else {
            die(QStringLiteral("unknown field \"%1\"").arg(field));
        }
        stack->push(new ChangeElementField(document.get(), futureId, step->id, target, newValue));
    }
    addBursts(*document, futureMap, futureSpec.value(QLatin1String("bursts")).toArray());

    QFile::remove(output);
    if (!document->save(output, &error))
        die(error);
    return 0;
}
