#pragma once

#include "core/entityid.h"

#include <QFont>
#include <QScrollArea>

#include <functional>
#include <memory>

namespace Takt {

class ArtefactStore;
class Diagram;
class EditorContext;
class EntityListBase;

/**
 * A kind's diagram in the window (a 5 Whys tree, a fishbone): drawn anew from the store after
 * every batch of changes to the lists it watches (laid out anew: no overlaps at any size),
 * zoomable, readable on a projector, painting only what is in view. A click selects an item;
 * the selected one is ringed. Saved as PNG (2× pixels), SVG or PDF at the pack's font size.
 */
class DiagramView : public QScrollArea
{
    Q_OBJECT

public:
    /** The diagram as the store holds it now, drawn with @p font. */
    using Build = std::function<std::unique_ptr<Diagram>(const QFont &font)>;

    /** @p paperFont: the pack's and the image exports'; the window's is larger. */
    DiagramView(Build build, const QFont &paperFont, QWidget *parent = nullptr);
    ~DiagramView() override;

    /** Laid out again after any change to @p list. */
    void watch(const EntityListBase *list);
    /** Laid out again after any change to what @p store holds (a drawing that embeds other
     *  artefacts: an A3). */
    void watch(const ArtefactStore *store);
    const Diagram &diagram() const { return *m_diagram; }
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    void zoomToFit();
    void zoomIn() { setZoom(m_zoom * 1.25); }
    void zoomOut() { setZoom(m_zoom / 1.25); }
    void setSelected(EntityId item);
    /** Writes the diagram to @p path as PNG, SVG or PDF by its suffix. */
    bool saveImage(const QString &path, const QString &title, QString *error) const;
    /** Asks where, saves, and says how it went: the menus' "Save Diagram as Image…". */
    void saveWithDialog(EditorContext &context, const QString &title) const;

Q_SIGNALS:
    void itemClicked(Takt::EntityId item);
    /** Any click, at @p point in the diagram's units: for a drawing whose parts are not
     *  entities (an A3's sections). */
    void clicked(QPointF point);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout();
    void applyZoom(qreal zoom);
    void fitReadable();
    void scheduleRelayout();

    const Build m_build;
    const QFont m_paperFont;
    QFont m_screenFont;
    QWidget *m_canvas;
    std::unique_ptr<Diagram> m_diagram;
    EntityId m_selected = 0;
    qreal m_zoom = 1.0;
    bool m_relayoutPending = false;
    bool m_fitting = true; // fitted to the window until the user zooms
};

} // namespace Takt
