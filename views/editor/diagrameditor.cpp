#include "diagrameditor.h"

#include "diagramview.h"

namespace Takt {

void DiagramEditor::zoomIn()
{
    if (m_zoomed)
        m_zoomed->zoomIn();
}

void DiagramEditor::zoomOut()
{
    if (m_zoomed)
        m_zoomed->zoomOut();
}

void DiagramEditor::zoomToFit()
{
    if (m_zoomed)
        m_zoomed->zoomToFit();
}

void DiagramEditor::resetZoom()
{
    if (m_zoomed)
        m_zoomed->setZoom(1.0);
}

} // namespace Takt
