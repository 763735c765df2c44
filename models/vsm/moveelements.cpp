#include "moveelements.h"

#include "core/commandids.h"
#include "document/document.h"
#include "mapstore.h"
#include "valuestreammap.h"

#include <QCoreApplication>
#include <QSet>

namespace Takt {

MoveElements::MoveElements(Document *document,
                           EntityId mapId,
                           const QHash<EntityId, QPointF> &oldPositions,
                           const QHash<EntityId, QPointF> &newPositions,
                           Gesture gesture,
                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_mapId(mapId)
    , m_gesture(gesture)
    , m_oldPositions(oldPositions)
    , m_newPositions(newPositions)
{
    setText(QCoreApplication::translate("UndoCommands", "Move %n item(s)", nullptr,
                                        int(newPositions.size())));
}

void MoveElements::apply(const QHash<EntityId, QPointF> &positions)
{
    ValueStreamMap *map = MapStore::of(*m_document)->map(m_mapId);
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        map->setElementPos(it.key(), it.value());
}

int MoveElements::id() const
{
    return m_gesture == Gesture::Nudge ? MoveElementsCommandId : -1;
}

bool MoveElements::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MoveElements *>(other);
    const auto keys = [](const QHash<EntityId, QPointF> &positions) {
        const QList<EntityId> ids = positions.keys();
        return QSet<EntityId>(ids.begin(), ids.end());
    };
    if (next->m_document != m_document || next->m_mapId != m_mapId
        || keys(next->m_newPositions) != keys(m_newPositions))
        return false;
    m_newPositions = next->m_newPositions;
    setObsolete(m_newPositions == m_oldPositions);
    return true;
}

} // namespace Takt
