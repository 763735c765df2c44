#pragma once

#include "artefacteditor.h"

namespace Takt {

class DiagramView;

/** An editor whose zoom is its drawing's (a 5 Whys tree, a fishbone, an A3 sheet): the View
 *  menu's zoom entries act on that DiagramView. */
class DiagramEditor : public ArtefactEditor
{
    Q_OBJECT

public:
    using ArtefactEditor::ArtefactEditor;

    bool isZoomable() const override { return m_zoomed != nullptr; }
    void zoomIn() override;
    void zoomOut() override;
    void zoomToFit() override;
    void resetZoom() override;

protected:
    /** The view the zoom acts on; set once, in the constructor. */
    void setZoomedView(DiagramView *view) { m_zoomed = view; }

private:
    DiagramView *m_zoomed = nullptr;
};

} // namespace Takt
