#pragma once

#include "editor/editorfactory.h"

namespace Takt {

/** The A3's views: an editor per report and the Problem menu's entries. */
class A3Factory : public EditorFactory
{
public:
    QString kindKey() const override { return QStringLiteral("a3"); }
    ArtefactEditor *createEditor(Document *document, EntityId id, QWidget *parent) const override;
    KindActions *createActions(EditorContext &context, QObject *parent) const override;
};

} // namespace Takt
