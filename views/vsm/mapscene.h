#pragma once

#include "vsm/connector.h"
#include "vsm/mapelement.h"
#include "vsm/mapmetrics.h"

#include <QFont>
#include <QGraphicsScene>
#include <QHash>

class QGraphicsLineItem;

namespace Takt {

class ConnectorItem;
class Document;
class ElementItem;
class LadderItem;
class MapStore;
class ValueStreamMap;

/**
 * The scene of one map: an item per element and connector, rebuilt from the map's signals
 * (QtNodes style), and the ladder. User gestures become undo commands on the document's stack;
 * the scene never changes the map itself.
 */
class MapScene : public QGraphicsScene
{
    Q_OBJECT

public:
    static constexpr qreal GridSize = 10;

    struct Tool
    {
        enum Mode { Select, Place, Connect } mode = Select;
        ElementKind kind = ElementKind::Process;
        QString templateKey; // a step template to place, if any
        Connector::Kind connectorKind = Connector::Kind::Push;
    };

    MapScene(Document *document, EntityId mapId, QObject *parent = nullptr);

    Document *document() const { return m_document; }
    EntityId mapId() const { return m_mapId; }
    ValueStreamMap *map() const;
    MapStore *maps() const;
    const MapMetrics &metrics() const { return m_metrics; }
    const QFont &mapFont() const { return m_font; }

    bool snapToGrid() const { return m_snap && m_dragging; }
    bool isSnapEnabled() const { return m_snap; }
    void setSnapEnabled(bool snap) { m_snap = snap; }
    void setTool(const Tool &tool);
    Tool tool() const { return m_tool; }

    ElementItem *elementItem(EntityId id) const { return m_elements.value(id); }
    QList<EntityId> selectedElementIds() const;
    QList<EntityId> selectedConnectorIds() const;
    void selectIds(const QList<EntityId> &ids);

    /** Places a new element (or a step template) at @p pos: one undo step. A queue placed on a
     *  push or pull arrow goes into the flow there (InsertQueue). */
    EntityId addElement(ElementKind kind, QPointF pos, const QString &templateKey = {});
    void elementItemMoved(EntityId id);
    /** Scrolls the views so that the element is in sight (after adding it by keyboard). */
    void ensureVisible(EntityId id);

    static const QString PaletteMimeType;

Q_SIGNALS:
    void metricsChanged();
    void toolFinished();
    /** The user double-clicked an element: edit its name in place. */
    void elementActivated(Takt::EntityId id);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void rebuild();
    void addElementItem(EntityId id);
    void removeElementItem(EntityId id);
    void addConnectorItem(EntityId id);
    void removeConnectorItem(EntityId id);
    void recomputeMetrics();
    ElementItem *elementItemAt(QPointF pos) const;
    ConnectorItem *flowArrowAt(QPointF pos) const;
    QPointF snapped(QPointF pos) const;

    Document *const m_document;
    const EntityId m_mapId;
    QFont m_font;
    MapMetrics m_metrics;
    QHash<EntityId, ElementItem *> m_elements;
    QHash<EntityId, ConnectorItem *> m_connectors;
    LadderItem *m_ladder = nullptr;
    Tool m_tool;
    bool m_snap = true;
    bool m_dragging = false;
    QHash<EntityId, QPointF> m_pressPositions;
    EntityId m_connectFrom = 0;
    QGraphicsLineItem *m_rubberLine = nullptr;
    QRectF m_sceneArea {-400, -300, 2400, 1200};
};

} // namespace Takt
