#pragma once

// Generated workshops of a given size, for the benchmarks: rows of process steps with a queue
// between each two, a kaizen burst every tenth step, all linked by push arrows.

#include "document/document.h"
#include "vsm/addremovemap.h"
#include "vsm/valuestreammap.h"

#include <QUndoStack>

namespace TaktBench {

inline Takt::ValueStreamMap *
addGeneratedMap(Takt::Document *document, const QString &name, int elements)
{
    using namespace Takt;
    auto *map = new ValueStreamMap(document->newId());
    map->setValue(ValueStreamMap::Field::Name, name);
    map->setValue(ValueStreamMap::Field::DemandPerDay, 20.0);
    map->setValue(ValueStreamMap::Field::AvailableTime, 8 * 3600.0);
    EntityId previous = 0;
    const int perRow = 20;
    for (int i = 0; i < elements; ++i) {
        MapElement e;
        e.id = document->newId();
        const int column = i % perRow, row = i / perRow;
        e.pos = QPointF(120 + column * 180, 120 + row * 260);
        if (i % 10 == 9) {
            e.kind = ElementKind::KaizenBurst;
            e.name = QStringLiteral("Idea %1: automate the hand-off").arg(i);
            e.pos += QPointF(0, -110);
            map->insertElement(map->elements().size(), e);
            continue;
        }
        if (i % 2 == 0) {
            e.kind = ElementKind::Process;
            e.name = QStringLiteral("Step %1").arg(i);
            e.cycleTime = 600.0 + (i % 7) * 300;
            e.completeAccurate = 0.95;
            e.operators = 1 + i % 3;
        } else {
            e.kind = ElementKind::Inventory;
            e.name = QStringLiteral("Queue %1").arg(i);
            e.count = 1 + i % 5;
        }
        map->insertElement(map->elements().size(), e);
        if (previous)
            map->insertConnector(
                map->connectors().size(),
                Connector {document->newId(), Connector::Kind::Push, previous, e.id, {}});
        previous = e.id;
    }
    document->undoStack()->push(new AddMap(document, map));
    return map;
}

} // namespace TaktBench
