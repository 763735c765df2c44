#pragma once

#include "decisionlogeditor.h"
#include "decisions/decisionstore.h"
#include "editor/registereditorfactory.h"

namespace Takt {

/** The decisions log's views: its editor and Session ▸ New Decision. */
class DecisionsEditorFactory : public RegisterEditorFactory<DecisionStore, DecisionLogEditor>
{
public:
    QString kindKey() const override { return QStringLiteral("decisions"); }
    KindActions *createActions(EditorContext &context, QObject *parent) const override;
};

} // namespace Takt
