#include "addremovemapitems.h"

#include "document/document.h"
#include "valuestreammap.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Takt {

AddRemoveMapItems::AddRemoveMapItems(Document *document, EntityId mapId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_mapId(mapId)
{ }

ValueStreamMap *AddRemoveMapItems::map() const
{
    return m_document->map(m_mapId);
}

void AddRemoveMapItems::addItems()
{
    ValueStreamMap *m = map();
    for (int i = 0; i < m_items.elements.size(); ++i)
        m->insertElement(m_elementIndexes.value(i, int(m->elements().size())),
                         m_items.elements.at(i));
    for (int i = 0; i < m_items.connectors.size(); ++i)
        m->insertConnector(m_connectorIndexes.value(i, int(m->connectors().size())),
                           m_items.connectors.at(i));
}

void AddRemoveMapItems::removeItems()
{
    ValueStreamMap *m = map();
    // Connectors first (they refer to elements), last index first so earlier ones stay put.
    m_connectorIndexes.clear();
    for (const Connector &c : std::as_const(m_items.connectors))
        m_connectorIndexes << m->connectorIndex(c.id);
    for (int i = int(m_items.connectors.size()) - 1; i >= 0; --i)
        m->takeConnector(m_items.connectors.at(i).id);
    m_elementIndexes.clear();
    for (const MapElement &e : std::as_const(m_items.elements))
        m_elementIndexes << m->elementIndex(e.id);
    for (int i = int(m_items.elements.size()) - 1; i >= 0; --i)
        m->takeElement(m_items.elements.at(i).id);
}

AddMapItems::AddMapItems(Document *document,
                         EntityId mapId,
                         const MapItems &items,
                         QUndoCommand *parent)
    : AddRemoveMapItems(document, mapId, parent)
{
    m_items = items;
    setText(items.elements.size() == 1 ? QCoreApplication::translate("UndoCommands", "Add %1")
                                             .arg(MapElement::kindName(items.elements.first().kind))
                                       : QCoreApplication::translate(
                                           "UndoCommands", "Add %n item(s)", nullptr,
                                           int(items.elements.size() + items.connectors.size())));
}

RemoveMapItems::RemoveMapItems(Document *document,
                               EntityId mapId,
                               const QList<EntityId> &elementIds,
                               const QList<EntityId> &connectorIds,
                               QUndoCommand *parent)
    : AddRemoveMapItems(document, mapId, parent)
{
    const ValueStreamMap *m = map();
    const QSet<EntityId> elements(elementIds.begin(), elementIds.end());
    const QSet<EntityId> connectors(connectorIds.begin(), connectorIds.end());
    // Keep the map's own order, so that indexes ascend and undo restores them exactly.
    for (const MapElement &e : m->elements())
        if (elements.contains(e.id))
            m_items.elements << e;
    for (const Connector &c : m->connectors())
        if (connectors.contains(c.id) || elements.contains(c.from) || elements.contains(c.to))
            m_items.connectors << c;
    for (const MapElement &e : std::as_const(m_items.elements))
        m_elementIndexes << m->elementIndex(e.id);
    for (const Connector &c : std::as_const(m_items.connectors))
        m_connectorIndexes << m->connectorIndex(c.id);
    setText(QCoreApplication::translate("UndoCommands", "Delete %n item(s)", nullptr,
                                        int(m_items.elements.size() + m_items.connectors.size())));
}

} // namespace Takt
