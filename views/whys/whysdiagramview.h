#pragma once

#include "core/entityid.h"
#include "whys/fivewhystree.h"

#include <QScrollArea>

#include <memory>

namespace Takt {

class Document;
class FiveWhysStore;
class WhysDiagram;

/**
 * The 5 Whys tree diagram of one analysis, redrawn from the store on every change (laid out
 * anew: no overlaps at any size), zoomable, readable on a projector. A click selects a cause;
 * the selected one is ringed. Saved as PNG (2× pixels), SVG or PDF.
 */
class WhysDiagramView : public QScrollArea
{
    Q_OBJECT

public:
    WhysDiagramView(Document *document, EntityId analysis, QWidget *parent = nullptr);
    ~WhysDiagramView() override;

    const WhysDiagram &diagram() const { return *m_diagram; }
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    void zoomToFit();
    void setSelectedCause(EntityId cause);
    /** Writes the diagram to @p path as PNG, SVG or PDF by its suffix. */
    bool saveImage(const QString &path, QString *error) const;

Q_SIGNALS:
    void causeClicked(Takt::EntityId cause);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void relayout();
    void scheduleRelayout();
    QFont diagramFont() const;

    FiveWhysStore *const m_store;
    const EntityId m_analysis;
    QWidget *m_canvas;
    std::unique_ptr<WhysDiagram> m_diagram;
    EntityId m_selected = 0;
    qreal m_zoom = 1.0;
    bool m_relayoutPending = false;
    bool m_shown = false;
};

} // namespace Takt
