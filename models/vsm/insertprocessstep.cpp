#include "insertprocessstep.h"

#include "addremovemapitems.h"
#include "document/document.h"
#include "maplayout.h"
#include "mapstore.h"
#include "moveelements.h"
#include "valuestreammap.h"

#include <QCoreApplication>

namespace Takt {

namespace {

/** Right of the rightmost process step, on its row (the flow row of an empty map), with room
 *  for a queue between them. */
QPointF endOfRow(const ValueStreamMap &map)
{
    qreal right = 0;
    qreal row = MapLayout::FlowRow;
    for (const MapElement &e : map.elements())
        if (e.kind == ElementKind::Process && e.pos.x() >= right) {
            right = e.pos.x();
            row = e.pos.y();
        }
    return QPointF(right + MapLayout::StepSpacing + MapLayout::QueueSpacing, row);
}

} // namespace

InsertProcessStep::InsertProcessStep(
    Document *document, EntityId mapId, EntityId afterId, const QString &name, QUndoCommand *parent)
    : QUndoCommand(parent)
{
    setText(QCoreApplication::translate("UndoCommands", "Add process step"));
    const ValueStreamMap &map = *MapStore::of(*document)->map(mapId);
    const MapElement *after = map.element(afterId);
    MapElement step;
    step.id = m_stepId = document->newId();
    step.kind = ElementKind::Process;
    step.name = name;
    // Room for a queue between the two steps, which Insert Queue then fills without moving.
    const qreal spacing = MapLayout::StepSpacing + MapLayout::QueueSpacing;
    step.pos = after ? after->pos + QPointF(spacing, 0) : endOfRow(map);
    MapItems items;
    items.elements << step;
    if (after) {
        // after → new → whatever followed after, by the arrows that led there.
        QList<EntityId> rewired;
        for (const Connector &c : map.connectors())
            if (c.from == after->id && c.isMaterialFlow()) {
                rewired << c.id;
                items.connectors << Connector {document->newId(), c.kind, step.id, c.to, c.label};
            }
        items.connectors << Connector {document->newId(), Connector::Kind::Push, after->id, step.id,
                                       QString()};
        // Room: everything to the right on the step's row moves one step further.
        QHash<EntityId, QPointF> from, to;
        for (const MapElement &e : map.elements())
            if (e.pos.x() > after->pos.x() + 1
                && qAbs(e.pos.y() - after->pos.y()) < MapLayout::RowTolerance) {
                from.insert(e.id, e.pos);
                to.insert(e.id, e.pos + QPointF(spacing, 0));
            }
        if (!rewired.isEmpty())
            new RemoveMapItems(document, mapId, {}, rewired, this);
        if (!to.isEmpty())
            new MoveElements(document, mapId, from, to, MoveElements::Gesture::Drag, this);
    }
    new AddMapItems(document, mapId, items, this);
}

} // namespace Takt
