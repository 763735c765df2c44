#pragma once

#include "editor/kindactions.h"

#include <QList>

class QAction;
class QMenu;

namespace Takt {

class EditorContext;
class MapEditor;

/**
 * The maps' actions in one window: the Map menu (new, import, add a step, future state,
 * export, print, delete), Align and Distribute in the Edit menu, Snap to Grid in the View
 * menu. Those that act on a map are enabled while a map's editor is current.
 */
class MapActions : public KindActions
{
    Q_OBJECT

public:
    MapActions(EditorContext &context, QObject *parent);

    void currentEditorChanged(ArtefactEditor *editor) override;

private:
    QAction *editorAction(QMenu *menu,
                          const QString &text,
                          const QKeySequence &shortcut,
                          const std::function<void(MapEditor *)> &run);
    MapEditor *current() const;
    void createEditExtras();
    void createMapMenu();

    void newMap();
    void importMap();
    void exportJson(MapEditor *editor);
    void exportImage(MapEditor *editor);
    void print(MapEditor *editor);
    void createFutureState(MapEditor *editor);
    void askWhy(MapEditor *editor);
    void deleteMap(MapEditor *editor);

    EditorContext &m_context;
    QList<QAction *> m_editorActions; // enabled only while a map is shown
    QAction *m_snap = nullptr;
};

} // namespace Takt
