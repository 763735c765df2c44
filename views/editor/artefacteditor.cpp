#include "artefacteditor.h"

namespace Takt {

ArtefactEditor::ArtefactEditor(Document *document, EntityId artefactId, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_artefactId(artefactId)
{ }

} // namespace Takt
