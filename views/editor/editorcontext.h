#pragma once

#include "core/entityid.h"

#include <QString>

class QMenu;
class QWidget;

namespace Takt {

class ArtefactEditor;
class Document;

/** What a kind's actions may ask of the window they live in (the main window is one). */
class EditorContext
{
public:
    virtual ~EditorContext() = default;

    virtual Document *document() const = 0;
    /** The parent of the kind's dialogs. */
    virtual QWidget *window() = 0;
    virtual ArtefactEditor *currentEditor() const = 0;
    /** Shows the artefact's editor, opening a tab for it if needed. */
    virtual ArtefactEditor *openArtefact(EntityId id) = 0;
    virtual void showStatus(const QString &message, int timeoutMs = 0) = 0;
    /** @p widget kept in the status bar, whatever the tab (a running timer); the window takes
     *  it. */
    virtual void addStatusWidget(QWidget *widget) = 0;

    virtual QMenu *editMenu() = 0;
    virtual QMenu *viewMenu() = 0;
    /** A menu of the kind's own, in the menu bar before Help; kinds asking for the same
     *  title share one menu, each kind's entries after a separator. */
    virtual QMenu *addMenu(const QString &title) = 0;
};

} // namespace Takt
