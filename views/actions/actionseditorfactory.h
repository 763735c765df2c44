#pragma once

#include "editor/editorfactory.h"

namespace Takt {

/** The action register's views: its editor and the Actions menu (ActionsMenu). */
class ActionsEditorFactory : public EditorFactory
{
public:
    QString kindKey() const override;
    ArtefactEditor *createEditor(Document *document, EntityId id, QWidget *parent) const override;
    KindActions *createActions(EditorContext &context, QObject *parent) const override;
};

} // namespace Takt
