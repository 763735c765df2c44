#pragma once

#include "editor/editorfactory.h"

namespace Takt {

/** The fishbone's views: an editor per diagram and the Problem menu's entries. */
class FishboneFactory : public EditorFactory
{
public:
    QString kindKey() const override { return QStringLiteral("fishbone"); }
    ArtefactEditor *createEditor(Document *document, EntityId id, QWidget *parent) const override;
    KindActions *createActions(EditorContext &context, QObject *parent) const override;
};

} // namespace Takt
