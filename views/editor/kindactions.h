#pragma once

#include <QObject>

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
};

} // namespace Takt
