#pragma once

#include "editorcontext.h"

#include <QAction>
#include <QKeySequence>
#include <QList>
#include <QMenu>
#include <QObject>

#include <functional>

namespace Takt {

class ArtefactEditor;

/** A kind's actions in one window (its menu, its extra Edit and View entries), made by its
 *  EditorFactory; they follow the current editor, enabled when it is one of theirs. */
class KindActions : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /** The window's current editor changed (null: the workshop overview is shown). */
    virtual void currentEditorChanged(ArtefactEditor *editor) = 0;

    /** The menu the problem-solving kinds (5 Whys, fishbone, A3) share. */
    static QString problemMenuTitle() { return tr("&Problem"); }

protected:
    /** An entry of @p menu that runs @p run on the current editor when it is an @p Editor;
     *  enabled with setEditorActionsEnabled(). */
    template<typename Editor>
    QAction *addEditorAction(QMenu *menu,
                             EditorContext &context,
                             const QString &text,
                             const QKeySequence &shortcut,
                             const std::function<void(Editor *)> &run)
    {
        QAction *action = menu->addAction(text, this, [&context, run] {
            if (auto *editor = qobject_cast<Editor *>(context.currentEditor()))
                run(editor);
        });
        action->setShortcut(shortcut);
        m_editorActions << action;
        return action;
    }
    void setEditorActionsEnabled(bool enabled)
    {
        for (QAction *action : std::as_const(m_editorActions))
            action->setEnabled(enabled);
    }

private:
    QList<QAction *> m_editorActions;
};

} // namespace Takt
