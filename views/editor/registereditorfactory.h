#pragma once

#include "editorfactory.h"

namespace Takt {

/** The views of a kind that is one register per document: its Editor opens the Store's
 *  register. The kind adds its key and its menu entries. */
template<typename Store, typename Editor> class RegisterEditorFactory : public EditorFactory
{
public:
    ArtefactEditor *createEditor(Document *document, EntityId id, QWidget *parent) const override
    {
        return id == Store::of(*document)->registerId() ? new Editor(document, id, parent)
                                                        : nullptr;
    }
};

} // namespace Takt
