#pragma once

#include "editor/kindactions.h"

#include <QCoreApplication>

namespace Takt {

class ActionRegisterEditor;
class EditorContext;

/** The Actions menu: a new action (opening the register), CSV in and out. */
class ActionsMenu : public KindActions
{
    Q_OBJECT

public:
    ActionsMenu(EditorContext &context, QObject *parent);

    void currentEditorChanged(ArtefactEditor *editor) override;

private:
    ActionRegisterEditor *openRegister();
    void importCsv();
    void bringInOpenActions();
    void exportCsv();

    EditorContext &m_context;
};

} // namespace Takt
