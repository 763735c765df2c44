#include "mapactions.h"

#include "document/artefactfiles.h"
#include "document/document.h"
#include "document/followup.h"
#include "editor/editorcontext.h"
#include "mapeditor.h"
#include "mapexporter.h"
#include "mapscene.h"
#include "pack/printpreview.h"
#include "valuestreamchartsdialog.h"
#include "vsm/addremovemap.h"
#include "vsm/futurestate.h"
#include "vsm/mapproblem.h"
#include "vsm/mapskind.h"
#include "vsm/mapstore.h"
#include "vsm/valuestreammap.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrinter>
#include <QUndoStack>

namespace Takt {

MapActions::MapActions(EditorContext &context, QObject *parent)
    : KindActions(parent)
    , m_context(context)
{
    createEditExtras();
    createMapMenu();
    currentEditorChanged(context.currentEditor());
}

MapEditor *MapActions::current() const
{
    return qobject_cast<MapEditor *>(m_context.currentEditor());
}

QAction *MapActions::editorAction(QMenu *menu,
                                  const QString &text,
                                  const QKeySequence &shortcut,
                                  const std::function<void(MapEditor *)> &run)
{
    QAction *action = menu->addAction(text, this, [this, run] {
        if (MapEditor *editor = current())
            run(editor);
    });
    action->setShortcut(shortcut);
    m_editorActions << action;
    return action;
}

void MapActions::currentEditorChanged(ArtefactEditor *editor)
{
    auto *map = qobject_cast<MapEditor *>(editor);
    for (QAction *action : std::as_const(m_editorActions))
        action->setEnabled(map != nullptr);
    if (map)
        m_snap->setChecked(map->scene()->isSnapEnabled());
}

void MapActions::createEditExtras()
{
    QMenu *edit = m_context.editMenu();
    edit->addSeparator();
    QMenu *alignMenu = edit->addMenu(tr("A&lign"));
    const QList<QPair<QString, Qt::Alignment>> alignments
        = {{tr("&Left Edges"), Qt::AlignLeft},   {tr("&Centres"), Qt::AlignHCenter},
           {tr("&Right Edges"), Qt::AlignRight}, {tr("&Top Edges"), Qt::AlignTop},
           {tr("&Middles"), Qt::AlignVCenter},   {tr("&Bottom Edges"), Qt::AlignBottom}};
    for (const auto &[text, alignment] : alignments) {
        const Qt::Alignment a = alignment;
        editorAction(alignMenu, text, {}, [a](MapEditor *e) { e->align(a); });
    }
    QMenu *distributeMenu = edit->addMenu(tr("Dis&tribute"));
    editorAction(distributeMenu, tr("&Horizontally"), {},
                 [](MapEditor *e) { e->distribute(Qt::Horizontal); });
    editorAction(distributeMenu, tr("&Vertically"), {},
                 [](MapEditor *e) { e->distribute(Qt::Vertical); });

    m_snap = editorAction(m_context.viewMenu(), tr("&Snap to Grid"), {}, [this](MapEditor *e) {
        e->scene()->setSnapEnabled(m_snap->isChecked());
        e->scene()->update();
    });
    m_snap->setCheckable(true);
    m_snap->setChecked(true);
}

void MapActions::createMapMenu()
{
    QMenu *menu = m_context.addMenu(tr("&Map"));
    QAction *newMap = menu->addAction(tr("&New Map"), this, &MapActions::newMap);
    newMap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    menu->addAction(tr("&Import Map (JSON)…"), this, &MapActions::importMap);
    menu->addSeparator();
    editorAction(menu, tr("Add &Process Step"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                 &MapEditor::addProcessStepAfterSelection);
    editorAction(menu, tr("Insert &Queue"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                 &MapEditor::insertQueueAfterSelection);
    editorAction(menu, tr("Value Stream &Charts…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                 [this](MapEditor *e) {
                     (new ValueStreamChartsDialog(e->scene(), m_context.window()))->show();
                 })
        ->setObjectName(QStringLiteral("value-stream-charts"));
    editorAction(menu, tr("Create &Future State"), {},
                 [this](MapEditor *e) { createFutureState(e); });
    editorAction(menu, tr("Ask &Why…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y),
                 [this](MapEditor *e) { askWhy(e); })
        ->setObjectName(QStringLiteral("map-ask-why"));
    menu->addSeparator();
    editorAction(menu, tr("Export Map as &JSON…"), {}, [this](MapEditor *e) { exportJson(e); });
    editorAction(menu, tr("Export Map as &Image or PDF…"), {},
                 [this](MapEditor *e) { exportImage(e); });
    editorAction(menu, tr("P&rint Map…"), QKeySequence::Print, [this](MapEditor *e) { print(e); });
    menu->addSeparator();
    editorAction(menu, tr("De&lete Map"), {}, [this](MapEditor *e) {
        deleteMap(e);
    })->setObjectName(QStringLiteral("delete-map"));
}

void MapActions::newMap()
{
    Document *document = m_context.document();
    auto *map = new ValueStreamMap(document->newId());
    map->setValue(ValueStreamMap::Field::Name,
                  tr("Map %1").arg(MapStore::of(*document)->maps().size() + 1));
    const EntityId id = map->id();
    document->undoStack()->push(new AddMap(document, map));
    // Straight on to typing its name, demand and available time.
    if (auto *editor = qobject_cast<MapEditor *>(m_context.openArtefact(id)))
        editor->requestPropertiesFocus();
}

void MapActions::importMap()
{
    const QString path = QFileDialog::getOpenFileName(
        m_context.window(), tr("Import Map"), QString(), tr("Takt value stream maps (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    const EntityId id = ArtefactFiles::importFile(*m_context.document(), path, &error,
                                                  QLatin1String(MapsKind::Key));
    if (!id) {
        QMessageBox::warning(m_context.window(), tr("Import Map"), error);
        return;
    }
    m_context.openArtefact(id);
}

void MapActions::exportJson(MapEditor *editor)
{
    const ValueStreamMap *map = editor->scene()->map();
    const QString path = QFileDialog::getSaveFileName(m_context.window(), tr("Export Map"),
                                                      map->name() + QStringLiteral(".json"),
                                                      tr("Takt value stream maps (*.json)"));
    if (path.isEmpty())
        return;
    QStringList leftOut;
    QString error;
    if (!ArtefactFiles::exportFile(*m_context.document(), map->id(), path, &leftOut, &error)) {
        QMessageBox::warning(m_context.window(), tr("Export Map"), error);
        return;
    }
    if (!leftOut.isEmpty())
        QMessageBox::information(
            m_context.window(), tr("Export Map"),
            tr("The map was exported. The takt-vsm format has no place for %n element(s), "
               "which were left out: %1.",
               nullptr, int(leftOut.size()))
                .arg(leftOut.join(QStringLiteral(", "))));
}

void MapActions::exportImage(MapEditor *editor)
{
    const ValueStreamMap *map = editor->scene()->map();
    const QString path = QFileDialog::getSaveFileName(
        m_context.window(), tr("Export Map"), map->name() + QStringLiteral(".pdf"),
        tr("PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    const QString error = MapExporter::exportMap(*map, editor->scene()->metrics(), path);
    if (!error.isEmpty())
        QMessageBox::warning(m_context.window(), tr("Export Map"), error);
    else
        m_context.showStatus(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void MapActions::print(MapEditor *editor)
{
    const ValueStreamMap *map = editor->scene()->map();
    const MapScene *scene = editor->scene();
    PrintPreview::exec(
        m_context.window(), map->name(), QPageLayout::Landscape,
        [map, scene](QPrinter *printer) { MapExporter::print(*map, scene->metrics(), printer); });
}

void MapActions::askWhy(MapEditor *editor)
{
    // A 5 Whys of the problem the selection shows, its figure quoted, linked to the element.
    const MapScene *scene = editor->scene();
    const QList<EntityId> selected = scene->selectedElementIds();
    const auto followUp = selected.size() == 1
        ? MapProblem::of(*scene->map(), scene->metrics(), selected.first())
        : std::nullopt;
    Document *document = m_context.document();
    if (!followUp || !FollowUps::canTake(*document, followUp->kind)) {
        m_context.showStatus(
            tr("Select one kaizen burst, quality problem or step over takt to ask why of it."),
            6000);
        return;
    }
    auto *command = new QUndoCommand(tr("Ask why “%1”").arg(followUp->what));
    const EntityId analysis = FollowUps::add(*document, *followUp, command);
    document->undoStack()->push(command);
    m_context.openArtefact(analysis);
}

void MapActions::createFutureState(MapEditor *editor)
{
    Document *document = m_context.document();
    const ValueStreamMap *current = editor->scene()->map();
    auto future = FutureState::derive(*current, [document] { return document->newId(); });
    const EntityId id = future->id();
    document->undoStack()->push(new AddMap(document, future.release(),
                                           MapStore::of(*document)->mapIndex(current->id()) + 1));
    m_context.openArtefact(id);
}

void MapActions::deleteMap(MapEditor *editor)
{
    // Undoable, so no confirmation: Ctrl+Z brings it back.
    Document *document = m_context.document();
    const QString name = editor->scene()->map()->name();
    document->undoStack()->push(new RemoveMap(document, editor->mapId()));
    m_context.showStatus(
        tr("Map \"%1\" deleted. Undo (%2) brings it back.")
            .arg(name, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        6000);
}

} // namespace Takt
