#pragma once

#include "agenda/agendastore.h"
#include "agendaeditor.h"
#include "editor/registereditorfactory.h"

namespace Takt {

/** The agenda's views: its editor with the timer, the presenter view, and its entries in
 *  the Session menu. */
class AgendaFactory : public RegisterEditorFactory<AgendaStore, AgendaEditor>
{
public:
    QString kindKey() const override { return QStringLiteral("agenda"); }
    KindActions *createActions(EditorContext &context, QObject *parent) const override;
};

} // namespace Takt
