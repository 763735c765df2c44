#pragma once

#include "editor/artefacteditor.h"
#include "vsm/mapelement.h"

#include <QPointer>

class QLineEdit;
class QLabel;

namespace Takt {

class Document;
class MapPropertiesPanel;
class MapScene;
class MapView;
class MetricsPanel;
class PaletteWidget;
struct PaletteEntry;

/**
 * The editor of one value stream map: palette, canvas and live figures. Every gesture ends in
 * an undo command; the window's standard actions and the map's own (MapActions) call the
 * slots below on the current editor.
 */
class MapEditor : public ArtefactEditor
{
    Q_OBJECT

public:
    MapEditor(Document *document, EntityId mapId, QWidget *parent = nullptr);
    ~MapEditor() override;

    EntityId mapId() const { return artefactId(); }
    MapScene *scene() const { return m_scene; }
    MapView *view() const { return m_view; }
    MapPropertiesPanel *propertiesPanel() const;

    QWidget *propertiesWidget() const override;
    void focusProperties() override;
    EditActions editActions() const override;
    void deleteSelection() override;
    void copySelection() override;
    void cutSelection() override;
    void paste() override;
    void duplicateSelection() override;
    void selectAll() override;
    bool isZoomable() const override { return true; }
    void zoomIn() override;
    void zoomOut() override;
    void zoomToFit() override;
    void resetZoom() override;
    /** Keyboard-first entry: a new process step after the selected one, linked into the flow,
     *  with its name ready for typing. */
    void addProcessStepAfterSelection();
    /** A queue between the selected element and the next on its material flow, the flow
     *  rewired through it, with the cursor in its wait. */
    void insertQueueAfterSelection();
    void align(Qt::Alignment alignment);
    void distribute(Qt::Orientation orientation);
    void nudge(QPointF delta);
    void editNameInPlace(EntityId id);
    void closeNameEditor(bool commit, bool refocus = true);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void chooseFromPalette(const PaletteEntry &entry);
    bool handleKey(QKeyEvent *event);
    void moveTo(const QHash<EntityId, QPointF> &positions, const QString &text);

    MapScene *m_scene;
    MapView *m_view;
    PaletteWidget *m_palette;
    PaletteWidget *m_templates;
    MetricsPanel *m_metrics;
    // Lives in the main window's properties dock, which may be destroyed first.
    QPointer<MapPropertiesPanel> m_properties;
    QLineEdit *m_nameEditor = nullptr;
    EntityId m_nameEditorId = 0;
    int m_pasteCount = 0;
    QString m_focusField; // the properties field the next focusProperties() goes to
    bool m_fitted = false;
};

} // namespace Takt
