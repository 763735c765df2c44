#include "mapscene.h"

#include "connectoritem.h"
#include "document/document.h"
#include "elementitem.h"
#include "ladderitem.h"
#include "paletteentry.h"
#include "vsm/addremovemapitems.h"
#include "vsm/insertqueue.h"
#include "vsm/mappainter.h"
#include "vsm/mapstore.h"
#include "vsm/moveelements.h"
#include "vsm/paintstyle.h"
#include "vsm/steptemplates.h"
#include "vsm/valuestreammap.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QMimeData>
#include <QPainter>
#include <QUndoStack>

namespace Takt {

const QString MapScene::PaletteMimeType = QStringLiteral("application/x-takt-palette");

MapScene::MapScene(Document *document, EntityId mapId, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_mapId(mapId)
{
    m_font = MapPainter::mapFont(); // one map unit is one pixel at 100 %, on screen and paper
    ValueStreamMap *m = map();
    connect(m, &ValueStreamMap::elementInserted, this, &MapScene::addElementItem);
    connect(m, &ValueStreamMap::elementAboutToBeRemoved, this, &MapScene::removeElementItem);
    connect(m, &ValueStreamMap::elementChanged, this, [this](EntityId id) {
        if (ElementItem *item = m_elements.value(id))
            item->setElement(*map()->element(id));
    });
    connect(m, &ValueStreamMap::connectorInserted, this, &MapScene::addConnectorItem);
    connect(m, &ValueStreamMap::connectorRemoved, this, &MapScene::removeConnectorItem);
    connect(m, &ValueStreamMap::changed, this, &MapScene::recomputeMetrics);
    // A future state's ladder shows its change against the map it was derived from: follow
    // that map's edits, and its deletion and return by undo.
    const auto watchBase = [this] {
        if (ValueStreamMap *base = maps()->map(map()->derivedFrom()))
            connect(base, &ValueStreamMap::changed, this, &MapScene::recomputeMetrics,
                    Qt::UniqueConnection);
        recomputeMetrics();
    };
    if (ValueStreamMap *base = maps()->map(m->derivedFrom()))
        connect(base, &ValueStreamMap::changed, this, &MapScene::recomputeMetrics,
                Qt::UniqueConnection);
    // (This scene's own map may be the one going: then there is nothing to recompute.)
    connect(maps(), &ArtefactStore::artefactInserted, this, [this, watchBase](EntityId id) {
        if (const ValueStreamMap *own = map(); own && id == own->derivedFrom())
            watchBase();
    });
    connect(maps(), &ArtefactStore::artefactRemoved, this, [this](EntityId id) {
        if (const ValueStreamMap *own = map(); own && id == own->derivedFrom())
            recomputeMetrics();
    });
    // A series measuring a step changed, or its link: its data box shows the new spread. (The
    // map's own edits announce this too; then the spreads are the same, and nothing is done.)
    connect(document, &Document::measuredChanged, this, [this] {
        if (const ValueStreamMap *own = map();
            own && maps()->measuredCycleTimes(*own) != m_metrics.measuredCycleTimes)
            recomputeMetrics();
    });
    rebuild();
}

MapStore *MapScene::maps() const
{
    return MapStore::of(*m_document);
}

ValueStreamMap *MapScene::map() const
{
    return maps()->map(m_mapId);
}

void MapScene::rebuild()
{
    clear();
    m_elements.clear();
    m_connectors.clear();
    for (const MapElement &e : map()->elements())
        addElementItem(e.id);
    for (const Connector &c : map()->connectors())
        addConnectorItem(c.id);
    m_ladder = new LadderItem(map(), &m_metrics, m_font);
    addItem(m_ladder);
    recomputeMetrics();
}

void MapScene::addElementItem(EntityId id)
{
    auto *item = new ElementItem(this, *map()->element(id));
    m_elements.insert(id, item);
    addItem(item);
}

void MapScene::removeElementItem(EntityId id)
{
    delete m_elements.take(id);
}

void MapScene::addConnectorItem(EntityId id)
{
    const Connector *c = map()->connector(id);
    if (!c || !m_elements.contains(c->from) || !m_elements.contains(c->to))
        return;
    auto *item = new ConnectorItem(this, *c);
    m_connectors.insert(id, item);
    addItem(item);
}

void MapScene::removeConnectorItem(EntityId id)
{
    delete m_connectors.take(id);
}

void MapScene::recomputeMetrics()
{
    const ValueStreamMap *m = map();
    m_metrics = maps()->metrics(*m);
    for (ElementItem *item : std::as_const(m_elements))
        item->setHighlights(m_metrics);
    if (m_ladder)
        m_ladder->refresh();
    // Room to work around the map, growing with it (never shrinking under the user's view).
    m_sceneArea = m_sceneArea.united(itemsBoundingRect().adjusted(-600, -400, 600, 400));
    setSceneRect(m_sceneArea);
    Q_EMIT metricsChanged();
}

void MapScene::elementItemMoved(EntityId id)
{
    for (ConnectorItem *item : std::as_const(m_connectors))
        if (item->connector().from == id || item->connector().to == id)
            item->updateGeometry();
}

QList<EntityId> MapScene::selectedElementIds() const
{
    QList<EntityId> ids;
    // Map order, so that copy, align and delete are stable whatever the click order.
    for (const MapElement &e : map()->elements())
        if (ElementItem *item = m_elements.value(e.id); item && item->isSelected())
            ids << e.id;
    return ids;
}

QList<EntityId> MapScene::selectedConnectorIds() const
{
    QList<EntityId> ids;
    for (const Connector &c : map()->connectors())
        if (ConnectorItem *item = m_connectors.value(c.id); item && item->isSelected())
            ids << c.id;
    return ids;
}

void MapScene::selectIds(const QList<EntityId> &ids)
{
    clearSelection();
    for (EntityId id : ids) {
        if (ElementItem *item = m_elements.value(id))
            item->setSelected(true);
        else if (ConnectorItem *connector = m_connectors.value(id))
            connector->setSelected(true);
    }
}

void MapScene::ensureVisible(EntityId id)
{
    if (ElementItem *item = m_elements.value(id))
        for (QGraphicsView *view : views())
            view->ensureVisible(item, 40, 40);
}

void MapScene::setTool(const Tool &tool)
{
    m_tool = tool;
    m_connectFrom = 0;
    delete m_rubberLine;
    m_rubberLine = nullptr;
}

QPointF MapScene::snapped(QPointF pos) const
{
    if (!m_snap)
        return pos;
    return QPointF(qRound(pos.x() / GridSize) * GridSize, qRound(pos.y() / GridSize) * GridSize);
}

EntityId MapScene::addElement(ElementKind kind, QPointF pos, const QString &templateKey)
{
    MapElement e;
    if (const auto t = StepTemplates::byKey(templateKey))
        e = t->step;
    else
        e.kind = kind;
    e.id = m_document->newId();
    e.pos = snapped(pos);
    if (const ConnectorItem *arrow = MapElement::isQueue(e.kind) ? flowArrowAt(pos) : nullptr) {
        // A queue dropped on a push or pull arrow goes into the flow, on the arrow's line.
        const QLineF line = arrow->line();
        const QPointF d = line.p2() - line.p1();
        const qreal length2 = QPointF::dotProduct(d, d);
        const qreal t = length2 > 0
            ? qBound(0.0, QPointF::dotProduct(pos - line.p1(), d) / length2, 1.0)
            : 0.5;
        e.pos = snapped(line.p1() + t * d);
        m_document->undoStack()->push(
            InsertQueue::onto(m_document, m_mapId, arrow->connector().id, e));
    } else {
        MapItems items;
        items.elements << e;
        m_document->undoStack()->push(new AddMapItems(m_document, m_mapId, items));
    }
    selectIds({e.id});
    ensureVisible(e.id);
    return e.id;
}

ConnectorItem *MapScene::flowArrowAt(QPointF pos) const
{
    for (QGraphicsItem *item : items(pos))
        if (item->type() == ConnectorItem::Type) {
            auto *arrow = static_cast<ConnectorItem *>(item);
            const Connector::Kind kind = arrow->connector().kind;
            if (kind == Connector::Kind::Push || kind == Connector::Kind::Pull)
                return arrow;
        }
    return nullptr;
}

ElementItem *MapScene::elementItemAt(QPointF pos) const
{
    for (QGraphicsItem *item : items(pos))
        if (item->type() == ElementItem::Type)
            return static_cast<ElementItem *>(item);
    return nullptr;
}

void MapScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    if (m_tool.mode == Tool::Place) {
        addElement(m_tool.kind, event->scenePos(), m_tool.templateKey);
        setTool({});
        Q_EMIT toolFinished();
        return;
    }
    if (m_tool.mode == Tool::Connect) {
        if (ElementItem *from = elementItemAt(event->scenePos())) {
            m_connectFrom = from->id();
            m_rubberLine = addLine(QLineF(from->pos(), event->scenePos()),
                                   QPen(Paint::Selection, 1.5, Qt::DashLine));
        }
        return;
    }
    QGraphicsScene::mousePressEvent(event);
    m_dragging = true;
    m_pressPositions.clear();
    for (EntityId id : selectedElementIds())
        m_pressPositions.insert(id, m_elements.value(id)->pos());
}

void MapScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_rubberLine) {
        m_rubberLine->setLine(QLineF(m_rubberLine->line().p1(), event->scenePos()));
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void MapScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool.mode == Tool::Connect) {
        ElementItem *to = elementItemAt(event->scenePos());
        if (m_connectFrom && to && to->id() != m_connectFrom) {
            MapItems items;
            items.connectors << Connector {m_document->newId(), m_tool.connectorKind, m_connectFrom,
                                           to->id(), QString()};
            m_document->undoStack()->push(new AddMapItems(m_document, m_mapId, items));
        }
        setTool({});
        Q_EMIT toolFinished();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    m_dragging = false;
    QHash<EntityId, QPointF> moved;
    QHash<EntityId, QPointF> from;
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        ElementItem *item = m_elements.value(it.key());
        if (item && item->pos() != it.value()) {
            moved.insert(it.key(), item->pos());
            from.insert(it.key(), it.value());
        }
    }
    m_pressPositions.clear();
    if (!moved.isEmpty()) // one step for the whole drag
        m_document->undoStack()->push(new MoveElements(m_document, m_mapId, from, moved));
}

void MapScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (ElementItem *item = elementItemAt(event->scenePos())) {
        Q_EMIT elementActivated(item->id());
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void MapScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, Qt::white);
    if (!m_snap)
        return;
    // A light dot grid: enough to align by eye without competing with the map.
    const qreal step = GridSize * 2;
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QVector<QPointF> dots;
    for (qreal x = left; x < rect.right(); x += step)
        for (qreal y = top; y < rect.bottom(); y += step)
            dots << QPointF(x, y);
    if (dots.size() > 200000)
        return;
    painter->setPen(QPen(Paint::GridDot, 0));
    painter->drawPoints(dots.constData(), int(dots.size()));
}

void MapScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(PaletteMimeType));
}

void MapScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(PaletteMimeType));
}

void MapScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const auto entry
        = PaletteEntry::fromText(QString::fromUtf8(event->mimeData()->data(PaletteMimeType)));
    if (!entry || entry->type == PaletteEntry::Type::Connector) {
        event->ignore();
        return;
    }
    addElement(entry->kind, event->scenePos(), entry->templateKey);
    event->acceptProposedAction();
}

} // namespace Takt
