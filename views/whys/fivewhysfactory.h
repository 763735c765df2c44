#pragma once

#include "editor/editorfactory.h"

namespace Takt {

/** The 5 Whys' views: an editor per analysis and the Problem menu's entries. */
class FiveWhysFactory : public EditorFactory
{
public:
    QString kindKey() const override { return QStringLiteral("whys"); }
    ArtefactEditor *createEditor(Document *document, EntityId id, QWidget *parent) const override;
    KindActions *createActions(EditorContext &context, QObject *parent) const override;
};

} // namespace Takt
