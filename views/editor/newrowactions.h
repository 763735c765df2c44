#pragma once

#include "core/entityid.h"
#include "kindactions.h"

#include <QKeySequence>

#include <functional>

namespace Takt {

class EditorContext;

/** A register kind's one entry in the Session menu: open the register, the cursor in the line
 *  where its next row is typed ("New Decision"). */
class NewRowActions : public KindActions
{
    Q_OBJECT

public:
    NewRowActions(EditorContext &context,
                  QObject *parent,
                  const QString &text,
                  const QKeySequence &shortcut,
                  const QString &objectName,
                  std::function<EntityId()> registerId);

    void currentEditorChanged(ArtefactEditor *) override { }
};

} // namespace Takt
