#pragma once

#include "editor/registereditorfactory.h"
#include "ideaboardeditor.h"
#include "ideas/ideastore.h"

namespace Takt {

/** The kaizen ideas' views: the board with its 2×2 and dot voting, Session ▸ New Kaizen Idea. */
class IdeasFactory : public RegisterEditorFactory<IdeaStore, IdeaBoardEditor>
{
public:
    QString kindKey() const override { return QStringLiteral("ideas"); }
    KindActions *createActions(EditorContext &context, QObject *parent) const override;
};

} // namespace Takt
