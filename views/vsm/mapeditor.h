#pragma once

#include "vsm/mapelement.h"

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QLabel;

namespace Takt {

class Document;
class MapPropertiesPanel;
class MapScene;
class MapView;
class MetricsPanel;
class PaletteWidget;

/**
 * The editor of one value stream map: palette, canvas and live figures. Every gesture ends in
 * an undo command; the main window's menus call the slots below on the current editor.
 */
class MapEditor : public QWidget
{
    Q_OBJECT

public:
    MapEditor(Document *document, EntityId mapId, QWidget *parent = nullptr);
    ~MapEditor() override;

    EntityId mapId() const { return m_mapId; }
    MapScene *scene() const { return m_scene; }
    MapView *view() const { return m_view; }
    /** Shown in the main window's properties dock while this editor is current. */
    MapPropertiesPanel *propertiesPanel() const;

    void deleteSelection();
    void copySelection();
    void cutSelection();
    void paste();
    void duplicateSelection();
    void selectAll();
    /** Keyboard-first entry: a new process step after the selected one, linked into the flow,
     *  with its name ready for typing. */
    void addProcessStepAfterSelection();
    void align(Qt::Alignment alignment);
    void distribute(Qt::Orientation orientation);
    void nudge(QPointF delta);
    void editNameInPlace(EntityId id);
    void closeNameEditor(bool commit, bool refocus = true);

Q_SIGNALS:
    void propertiesFocusRequested();
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void chooseFromPalette(const QString &entry);
    bool handleKey(QKeyEvent *event);
    void moveTo(const QHash<EntityId, QPointF> &positions, const QString &text);

    Document *const m_document;
    const EntityId m_mapId;
    MapScene *m_scene;
    MapView *m_view;
    PaletteWidget *m_palette;
    MetricsPanel *m_metrics;
    // Lives in the main window's properties dock, which may be destroyed first.
    QPointer<MapPropertiesPanel> m_properties;
    QLineEdit *m_nameEditor = nullptr;
    EntityId m_nameEditorId = 0;
    int m_pasteCount = 0;
    bool m_fitted = false;
};

} // namespace Takt
