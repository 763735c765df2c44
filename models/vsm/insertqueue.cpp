#include "insertqueue.h"

#include "addremovemapitems.h"
#include "document/document.h"
#include "maplayout.h"
#include "mapmetrics.h"
#include "mapstore.h"
#include "moveelements.h"
#include "valuestreammap.h"

#include <QCoreApplication>

#include <algorithm>

namespace Takt {

namespace {

/** The first material arrow leaving @p id, if any. */
const Connector *nextOnFlow(const ValueStreamMap &map, EntityId id)
{
    for (const Connector &c : map.connectors())
        if (c.from == id && c.isMaterialFlow())
            return &c;
    return nullptr;
}

/** The first step or queue on the material flow (after the supplier, if any). */
const MapElement *startOfFlow(const ValueStreamMap &map)
{
    for (EntityId id : MapMetrics::flowPath(map))
        if (const MapElement *e = map.element(id);
            e && (e->kind == ElementKind::Process || MapElement::isQueue(e->kind)))
            return e;
    return nullptr;
}

/** The material arrow reaching @p id (from the supplier), if any. */
const Connector *previousOnFlow(const ValueStreamMap &map, EntityId id)
{
    for (const Connector &c : map.connectors())
        if (c.to == id && c.isMaterialFlow())
            return &c;
    return nullptr;
}

} // namespace

InsertQueue *InsertQueue::atStart(Document *document, EntityId mapId, const QString &name)
{
    const ValueStreamMap &map = *MapStore::of(*document)->map(mapId);
    auto *command = new InsertQueue(nullptr);
    command->setText(QCoreApplication::translate("UndoCommands", "Insert queue"));
    MapElement queue;
    queue.id = command->m_queueId = document->newId();
    queue.kind = ElementKind::Inventory;
    queue.name = name;
    queue.pos = QPointF(MapLayout::FirstX, MapLayout::FlowRow);
    MapItems items;
    const MapElement *first = startOfFlow(map);
    if (first) {
        // The queue takes the first one's place; its row moves right to make room.
        queue.pos = first->pos;
        QHash<EntityId, QPointF> from, to;
        for (const MapElement &e : map.elements())
            if (e.pos.x() > first->pos.x() - 1
                && qAbs(e.pos.y() - first->pos.y()) < MapLayout::RowTolerance) {
                from.insert(e.id, e.pos);
                to.insert(e.id, e.pos + QPointF(MapLayout::QueueSpacing, 0));
            }
        new MoveElements(document, mapId, from, to, MoveElements::Gesture::Drag, command);
        // What fed the first one (the supplier's arrow) now feeds the queue.
        if (const Connector *in = previousOnFlow(map, first->id)) {
            items.connectors << Connector {document->newId(), in->kind, in->from, queue.id,
                                           in->label};
            new RemoveMapItems(document, mapId, {}, {in->id}, command);
        }
        items.connectors << Connector {document->newId(), Connector::Kind::Push, queue.id,
                                       first->id, QString()};
    }
    items.elements.prepend(queue);
    new AddMapItems(document, mapId, items, command);
    return command;
}

InsertQueue::InsertQueue(QUndoCommand *parent)
    : QUndoCommand(parent)
{ }

InsertQueue *InsertQueue::after(
    Document *document, EntityId mapId, EntityId afterId, const QString &name, QUndoCommand *parent)
{
    const ValueStreamMap &map = *MapStore::of(*document)->map(mapId);
    const MapElement &before = *map.element(afterId);
    auto *command = new InsertQueue(parent);
    command->setText(QCoreApplication::translate("UndoCommands", "Insert queue"));
    const qreal gap
        = before.kind == ElementKind::Process ? MapLayout::StepSpacing : MapLayout::QueueSpacing;
    MapElement queue;
    queue.id = command->m_queueId = document->newId();
    queue.kind = ElementKind::Inventory;
    queue.name = name;
    queue.pos = before.pos + QPointF(gap, 0);
    MapItems items;
    items.elements << queue;
    const Connector *next = nextOnFlow(map, afterId);
    if (!next) {
        items.connectors << Connector {document->newId(), Connector::Kind::Push, afterId, queue.id,
                                       QString()};
        new AddMapItems(document, mapId, items, command);
        return command;
    }
    // Room: what follows on the row moves right until the queue has its usual space.
    const MapElement &following = *map.element(next->to);
    const qreal needed = gap + MapLayout::QueueSpacing - (following.pos.x() - before.pos.x());
    QHash<EntityId, QPointF> from, to;
    if (needed > 0)
        for (const MapElement &e : map.elements())
            if (e.pos.x() > before.pos.x() + 1
                && qAbs(e.pos.y() - before.pos.y()) < MapLayout::RowTolerance) {
                from.insert(e.id, e.pos);
                to.insert(e.id, e.pos + QPointF(needed, 0));
            }
    items.connectors << Connector {document->newId(), next->kind, afterId, queue.id, QString()}
                     << Connector {document->newId(), next->kind, queue.id, next->to, next->label};
    new RemoveMapItems(document, mapId, {}, {next->id}, command);
    if (!to.isEmpty())
        new MoveElements(document, mapId, from, to, MoveElements::Gesture::Drag, command);
    new AddMapItems(document, mapId, items, command);
    return command;
}

InsertQueue *InsertQueue::onto(Document *document,
                               EntityId mapId,
                               EntityId connectorId,
                               const MapElement &queue,
                               QUndoCommand *parent)
{
    const ValueStreamMap &map = *MapStore::of(*document)->map(mapId);
    const Connector arrow = *map.connector(connectorId);
    auto *command = new InsertQueue(parent);
    command->setText(QCoreApplication::translate("UndoCommands", "Add %1 into the flow")
                         .arg(MapElement::kindName(queue.kind)));
    command->m_queueId = queue.id;
    MapItems items;
    items.elements << queue;
    items.connectors << Connector {document->newId(), arrow.kind, arrow.from, queue.id, QString()}
                     << Connector {document->newId(), arrow.kind, queue.id, arrow.to, arrow.label};
    new RemoveMapItems(document, mapId, {}, {connectorId}, command);
    new AddMapItems(document, mapId, items, command);
    return command;
}

} // namespace Takt
