#include "mapeditor.h"

#include "core/changefield.h"
#include "document/document.h"
#include "elementitem.h"
#include "mappropertiespanel.h"
#include "mapscene.h"
#include "mapview.h"
#include "metricspanel.h"
#include "paletteentry.h"
#include "palettewidget.h"
#include "vsm/addremovemapitems.h"
#include "vsm/insertprocessstep.h"
#include "vsm/insertqueue.h"
#include "vsm/mapitemsmime.h"
#include "vsm/moveelements.h"
#include "vsm/valuestreammap.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Takt {

MapEditor::MapEditor(Document *document, EntityId mapId, QWidget *parent)
    : ArtefactEditor(document, mapId, parent)
    , m_scene(new MapScene(document, mapId, this))
    , m_view(new MapView(m_scene, this))
    , m_palette(new PaletteWidget(PaletteWidget::Part::Symbols, this))
    , m_templates(new PaletteWidget(PaletteWidget::Part::Templates, this))
    , m_metrics(new MetricsPanel(m_scene, this))
    , m_properties(new MapPropertiesPanel(m_scene, nullptr))
{
    connect(m_properties, &MapPropertiesPanel::openRequested, this, &ArtefactEditor::openRequested);
    auto *metricsScroll = new QScrollArea(this);
    metricsScroll->setWidget(m_metrics);
    metricsScroll->setWidgetResizable(true);
    metricsScroll->setFrameShape(QFrame::NoFrame);
    metricsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    metricsScroll->setMinimumWidth(fontMetrics().averageCharWidth() * 30);

    // The symbols above, the step templates by name below; each scrolls on a small screen.
    auto *paletteColumn = new QSplitter(Qt::Vertical, this);
    paletteColumn->setChildrenCollapsible(false);
    paletteColumn->addWidget(m_palette);
    auto *templatesBox = new QWidget(paletteColumn);
    auto *templatesLayout = new QVBoxLayout(templatesBox);
    templatesLayout->setContentsMargins(0, 4, 0, 0);
    templatesLayout->setSpacing(2);
    auto *templatesHeading = new QLabel(tr("Step templates"), templatesBox);
    QFont bold = templatesHeading->font();
    bold.setBold(true);
    templatesHeading->setFont(bold);
    templatesLayout->addWidget(templatesHeading);
    templatesLayout->addWidget(m_templates);
    paletteColumn->addWidget(templatesBox);
    paletteColumn->setStretchFactor(0, 3);
    paletteColumn->setStretchFactor(1, 2);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(paletteColumn);
    splitter->addWidget(m_view);
    splitter->addWidget(metricsScroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    const int unit = fontMetrics().averageCharWidth();
    // Two columns of icons, the scroll bar and the frame.
    // ... and at least the templates' longest word ("Datenvalidierung"), never cut.
    const int paletteWidth
        = std::max(2 * m_palette->gridSize().width() + m_palette->frameWidth() * 2
                       + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 6,
                   m_templates->widthForWholeWords());
    paletteColumn->setMinimumWidth(
        std::max(m_palette->gridSize().width() + 20, m_templates->widthForWholeWords()));
    splitter->setSizes({paletteWidth, unit * 100, unit * 44});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    for (PaletteWidget *palette : {m_palette, m_templates})
        connect(palette, &PaletteWidget::entryChosen, this, &MapEditor::chooseFromPalette);
    connect(m_scene, &MapScene::toolFinished, this, [this] {
        m_palette->clearSelection();
        m_templates->clearSelection();
        m_view->setDragMode(QGraphicsView::RubberBandDrag);
        m_view->viewport()->unsetCursor();
        Q_EMIT statusMessage(QString());
    });
    connect(m_scene, &MapScene::elementActivated, this, &MapEditor::editNameInPlace);
    m_view->installEventFilter(this);
    m_view->centerOn(QPointF(600, 350));
}

MapPropertiesPanel *MapEditor::propertiesPanel() const
{
    return m_properties;
}

QWidget *MapEditor::propertiesWidget() const
{
    return m_properties;
}

void MapEditor::focusProperties()
{
    m_properties->focusField(std::exchange(m_focusField, QString()));
}

ArtefactEditor::EditActions MapEditor::editActions() const
{
    return Cut | Copy | Paste | Duplicate | Delete | SelectAll;
}

void MapEditor::zoomIn()
{
    m_view->zoomIn();
}

void MapEditor::zoomOut()
{
    m_view->zoomOut();
}

void MapEditor::zoomToFit()
{
    m_view->zoomToFit();
}

void MapEditor::resetZoom()
{
    m_view->resetZoom();
}

MapEditor::~MapEditor()
{
    delete m_properties;
}

void MapEditor::chooseFromPalette(const PaletteEntry &entry)
{
    MapScene::Tool tool;
    if (entry.type == PaletteEntry::Type::Connector) {
        tool.mode = MapScene::Tool::Connect;
        tool.connectorKind = entry.connectorKind;
        Q_EMIT statusMessage(tr("Drag from one element to another to connect them (Esc cancels)."));
    } else {
        tool.mode = MapScene::Tool::Place;
        tool.kind = entry.kind;
        tool.templateKey = entry.templateKey;
        Q_EMIT statusMessage(tr("Click on the map to place it (Esc cancels)."));
    }
    m_scene->setTool(tool);
    m_view->setDragMode(QGraphicsView::NoDrag);
    m_view->viewport()->setCursor(Qt::CrossCursor);
    m_view->setFocus();
}

void MapEditor::deleteSelection()
{
    const QList<EntityId> elements = m_scene->selectedElementIds();
    const QList<EntityId> connectors = m_scene->selectedConnectorIds();
    if (elements.isEmpty() && connectors.isEmpty())
        return;
    document()->undoStack()->push(new RemoveMapItems(document(), mapId(), elements, connectors));
}

void MapEditor::copySelection()
{
    const ValueStreamMap *map = m_scene->map();
    const QList<EntityId> ids = m_scene->selectedElementIds();
    if (ids.isEmpty())
        return;
    MapItems items;
    for (EntityId id : ids)
        items.elements << *map->element(id);
    for (const Connector &c : map->connectors())
        if (ids.contains(c.from) && ids.contains(c.to))
            items.connectors << c;
    auto *data = new QMimeData;
    data->setData(MapItemsMime::MimeType, MapItemsMime::encode(items));
    QStringList names;
    for (const MapElement &e : std::as_const(items.elements))
        names << e.name;
    data->setText(names.join(QLatin1Char('\n')));
    QApplication::clipboard()->setMimeData(data);
    m_pasteCount = 0;
}

void MapEditor::cutSelection()
{
    copySelection();
    deleteSelection();
}

void MapEditor::paste()
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (!data || !data->hasFormat(MapItemsMime::MimeType))
        return;
    const qreal offset = 20 * ++m_pasteCount; // each paste steps aside so copies stay visible
    const MapItems items = MapItemsMime::decode(
        data->data(MapItemsMime::MimeType), [this] { return document()->newId(); },
        QPointF(offset, offset));
    if (items.isEmpty())
        return;
    document()->undoStack()->push(new AddMapItems(document(), mapId(), items));
    QList<EntityId> ids;
    for (const MapElement &e : items.elements)
        ids << e.id;
    m_scene->selectIds(ids);
}

void MapEditor::duplicateSelection()
{
    copySelection();
    paste();
}

void MapEditor::selectAll()
{
    for (QGraphicsItem *item : m_scene->items())
        if (item->flags() & QGraphicsItem::ItemIsSelectable)
            item->setSelected(true);
}

void MapEditor::addProcessStepAfterSelection()
{
    const QList<EntityId> selected = m_scene->selectedElementIds();
    auto *command = new InsertProcessStep(
        document(), mapId(), selected.size() == 1 ? selected.first() : 0, tr("New step"));
    const EntityId step = command->stepId();
    document()->undoStack()->push(command);
    m_scene->selectIds({step});
    m_scene->ensureVisible(step);
    Q_EMIT propertiesFocusRequested();
}

void MapEditor::insertQueueAfterSelection()
{
    // With nothing selected, the queue goes before the flow's first step (a backlog).
    const QList<EntityId> selected = m_scene->selectedElementIds();
    if (selected.size() > 1) {
        Q_EMIT statusMessage(tr("Select the one step the queue follows, then insert it."));
        return;
    }
    auto *command = selected.isEmpty()
        ? InsertQueue::atStart(document(), mapId(), tr("Queue"))
        : InsertQueue::after(document(), mapId(), selected.first(), tr("Queue"));
    const EntityId queue = command->queueId();
    document()->undoStack()->push(command);
    m_scene->selectIds({queue});
    m_scene->ensureVisible(queue);
    m_focusField = MapElement::fields().key(int(ElementField::Wait));
    Q_EMIT propertiesFocusRequested();
}

void MapEditor::moveTo(const QHash<EntityId, QPointF> &positions, const QString &text)
{
    QHash<EntityId, QPointF> from, to;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        const QPointF old = m_scene->map()->element(it.key())->pos;
        if (old != it.value()) {
            from.insert(it.key(), old);
            to.insert(it.key(), it.value());
        }
    }
    if (to.isEmpty())
        return;
    auto *command = new MoveElements(document(), mapId(), from, to,
                                     text.isEmpty() ? MoveElements::Gesture::Nudge
                                                    : MoveElements::Gesture::Drag);
    if (!text.isEmpty())
        command->setText(text);
    document()->undoStack()->push(command);
}

void MapEditor::align(Qt::Alignment alignment)
{
    const QList<EntityId> ids = m_scene->selectedElementIds();
    if (ids.size() < 2)
        return;
    const ValueStreamMap *map = m_scene->map();
    // Align the icons' edges (not their labels), against the first selected in map order.
    QRectF reference = MapPainter::iconRect(*map->element(ids.first()))
                           .translated(map->element(ids.first())->pos);
    QHash<EntityId, QPointF> positions;
    for (EntityId id : ids) {
        const MapElement *e = map->element(id);
        const QRectF r = MapPainter::iconRect(*e).translated(e->pos);
        QPointF p = e->pos;
        if (alignment & Qt::AlignLeft)
            p.rx() += reference.left() - r.left();
        else if (alignment & Qt::AlignRight)
            p.rx() += reference.right() - r.right();
        else if (alignment & Qt::AlignHCenter)
            p.rx() = reference.center().x();
        if (alignment & Qt::AlignTop)
            p.ry() += reference.top() - r.top();
        else if (alignment & Qt::AlignBottom)
            p.ry() += reference.bottom() - r.bottom();
        else if (alignment & Qt::AlignVCenter)
            p.ry() = reference.center().y();
        positions.insert(id, p);
    }
    moveTo(positions, tr("Align"));
}

void MapEditor::distribute(Qt::Orientation orientation)
{
    QList<EntityId> ids = m_scene->selectedElementIds();
    if (ids.size() < 3)
        return;
    const ValueStreamMap *map = m_scene->map();
    const bool horizontal = orientation == Qt::Horizontal;
    auto coordinate = [&](EntityId id) {
        return horizontal ? map->element(id)->pos.x() : map->element(id)->pos.y();
    };
    std::sort(ids.begin(), ids.end(),
              [&](EntityId a, EntityId b) { return coordinate(a) < coordinate(b); });
    const qreal first = coordinate(ids.first());
    const qreal step = (coordinate(ids.last()) - first) / (ids.size() - 1);
    QHash<EntityId, QPointF> positions;
    for (int i = 0; i < ids.size(); ++i) {
        QPointF p = map->element(ids.at(i))->pos;
        (horizontal ? p.rx() : p.ry()) = first + i * step;
        positions.insert(ids.at(i), p);
    }
    moveTo(positions, tr("Distribute"));
}

void MapEditor::nudge(QPointF delta)
{
    QHash<EntityId, QPointF> positions;
    for (EntityId id : m_scene->selectedElementIds())
        positions.insert(id, m_scene->map()->element(id)->pos + delta);
    moveTo(positions, QString()); // no text of its own: a nudge, which merges
}

void MapEditor::editNameInPlace(EntityId id)
{
    const MapElement *element = m_scene->map()->element(id);
    if (!element)
        return;
    closeNameEditor(false);
    m_nameEditor = new QLineEdit(element->name, m_view->viewport());
    m_nameEditorId = id;
    const QRectF icon = MapPainter::iconRect(*element).translated(element->pos);
    const QRect rect = m_view->mapFromScene(icon).boundingRect();
    const int height = m_nameEditor->sizeHint().height();
    m_nameEditor->setGeometry(rect.left(), rect.center().y() - height / 2, qMax(rect.width(), 160),
                              height);
    m_nameEditor->selectAll();
    m_nameEditor->installEventFilter(this);
    m_nameEditor->show();
    m_nameEditor->setFocus();
}

void MapEditor::closeNameEditor(bool commit, bool refocus)
{
    if (!m_nameEditor)
        return;
    QLineEdit *editor = m_nameEditor;
    m_nameEditor = nullptr;
    const MapElement *e = m_scene->map()->element(m_nameEditorId);
    if (commit && e && editor->text() != e->name)
        document()->undoStack()->push(new ChangeField(&m_scene->map()->elementList(),
                                                      m_nameEditorId, int(ElementField::Name),
                                                      editor->text()));
    editor->removeEventFilter(this);
    editor->deleteLater();
    if (refocus)
        m_view->setFocus();
}

void MapEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_fitted) {
        // Only a shown view knows its size; fit once it has one.
        m_fitted = true;
        QTimer::singleShot(0, m_view, &MapView::zoomToFit);
    }
}

bool MapEditor::eventFilter(QObject *watched, QEvent *event)
{
    // The name editor finishes on Return (keeping the name) or Escape (dropping it), and the
    // key goes no further: it must not reach the view and open the editor again.
    if (watched == m_nameEditor) {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape) {
                closeNameEditor(key != Qt::Key_Escape);
                return true;
            }
        } else if (event->type() == QEvent::FocusOut) {
            // Clicking elsewhere keeps the name and leaves the focus where the user clicked;
            // a context menu or another window taking focus is not the end of the edit.
            const auto reason = static_cast<QFocusEvent *>(event)->reason();
            if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason)
                closeNameEditor(true, false);
        }
        return false;
    }
    // The view would scroll on arrow keys; on a map they move the selection.
    if (watched == m_view && event->type() == QEvent::KeyPress)
        return handleKey(static_cast<QKeyEvent *>(event));
    return QWidget::eventFilter(watched, event);
}

bool MapEditor::handleKey(QKeyEvent *event)
{
    const bool hasSelection = !m_scene->selectedElementIds().isEmpty();
    const qreal step = event->modifiers() & Qt::ShiftModifier ? 1 : MapScene::GridSize;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (!hasSelection)
            return false;
        const int key = event->key();
        nudge(QPointF(key == Qt::Key_Left        ? -step
                          : key == Qt::Key_Right ? step
                                                 : 0,
                      key == Qt::Key_Up         ? -step
                          : key == Qt::Key_Down ? step
                                                : 0));
        return true;
    }
    case Qt::Key_Escape:
        closeNameEditor(false);
        m_scene->setTool({});
        Q_EMIT m_scene->toolFinished();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2:
        if (m_scene->selectedElementIds().size() == 1) {
            editNameInPlace(m_scene->selectedElementIds().first());
            return true;
        }
        break;
    default:
        break;
    }
    return false;
}

} // namespace Takt
