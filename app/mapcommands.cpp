#include "mapcommands.h"

#include "document/document.h"
#include "mainwindow.h"
#include "vsm/addremovemap.h"
#include "vsm/futurestate.h"
#include "vsm/mapeditor.h"
#include "vsm/mapexporter.h"
#include "vsm/mapstore.h"
#include "vsm/valuestreammap.h"
#include "vsm/vsmjson.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStatusBar>
#include <QUndoStack>

namespace Takt {

void MapCommands::newMap(MainWindow *window)
{
    Document *document = window->document();
    auto *map = new ValueStreamMap(document->newId());
    map->setValue(ValueStreamMap::Field::Name,
                  tr("Map %1").arg(MapStore::of(*document)->maps().size() + 1));
    const EntityId id = map->id();
    document->undoStack()->push(new AddMap(document, map));
    window->openMap(id);
}

void MapCommands::importMap(MainWindow *window)
{
    Document *document = window->document();
    const QString path = QFileDialog::getOpenFileName(window, tr("Import Map"), QString(),
                                                      tr("Takt value stream maps (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
            window, tr("Import Map"),
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    QString error;
    auto map = VsmJson::read(
        file.readAll(), [document] { return document->newId(); }, &error);
    if (!map) {
        QMessageBox::warning(window, tr("Import Map"),
                             QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    const EntityId id = map->id();
    document->undoStack()->push(new AddMap(document, map.release()));
    window->openMap(id);
}

void MapCommands::exportJson(MainWindow *window)
{
    Document *document = window->document();
    MapEditor *editor = window->currentMapEditor();
    const ValueStreamMap *map = MapStore::of(*document)->map(editor->mapId());
    const QString path = QFileDialog::getSaveFileName(window, tr("Export Map"),
                                                      map->name() + QStringLiteral(".json"),
                                                      tr("Takt value stream maps (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    QStringList leftOut;
    const QByteArray json = VsmJson::write(*map, &leftOut);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        QMessageBox::warning(window, tr("Export Map"),
                             tr("%1 could not be written: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    if (!leftOut.isEmpty())
        QMessageBox::information(
            window, tr("Export Map"),
            tr("The map was exported. The takt-vsm format has no place for %n element(s), "
               "which were left out: %1.",
               nullptr, int(leftOut.size()))
                .arg(leftOut.join(QStringLiteral(", "))));
}

void MapCommands::exportImage(MainWindow *window)
{
    Document *document = window->document();
    const ValueStreamMap *map = MapStore::of(*document)->map(window->currentMapEditor()->mapId());
    const QString path = QFileDialog::getSaveFileName(
        window, tr("Export Map"), map->name() + QStringLiteral(".pdf"),
        tr("PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    const QString error = MapExporter::exportMap(*map, path);
    if (!error.isEmpty())
        QMessageBox::warning(window, tr("Export Map"), error);
    else
        window->statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)),
                                         4000);
}

void MapCommands::print(MainWindow *window)
{
    Document *document = window->document();
    QPrinter printer;
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, window);
    if (dialog.exec() == QDialog::Accepted)
        MapExporter::print(*MapStore::of(*document)->map(window->currentMapEditor()->mapId()),
                           &printer);
}

void MapCommands::createFutureState(MainWindow *window)
{
    Document *document = window->document();
    const ValueStreamMap *current
        = MapStore::of(*document)->map(window->currentMapEditor()->mapId());
    auto future = FutureState::derive(*current, [document] { return document->newId(); });
    const EntityId id = future->id();
    document->undoStack()->push(new AddMap(document, future.release(),
                                           MapStore::of(*document)->mapIndex(current->id()) + 1));
    window->openMap(id);
}

void MapCommands::deleteMap(MainWindow *window)
{
    Document *document = window->document();
    const EntityId id = window->currentMapEditor()->mapId();
    // Undoable, so no confirmation: Ctrl+Z brings it back.
    document->undoStack()->push(new RemoveMap(document, id));
    window->statusBar()->showMessage(
        tr("Map deleted. Undo (%1) brings it back.")
            .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        6000);
}

} // namespace Takt
