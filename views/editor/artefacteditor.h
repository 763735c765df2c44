#pragma once

#include "core/entityid.h"

#include <QWidget>

namespace Takt {

class Document;

/**
 * The editor of one artefact, shown in a tab of the main window: a map, a 5 Whys, an A3…
 * The main window speaks to editors only through this: the standard Edit and View actions,
 * the properties widget for its dock, status messages. Each kind's EditorFactory makes them.
 */
class ArtefactEditor : public QWidget
{
    Q_OBJECT

public:
    enum EditAction {
        Cut = 0x1,
        Copy = 0x2,
        Paste = 0x4,
        Duplicate = 0x8,
        Delete = 0x10,
        SelectAll = 0x20,
    };
    Q_DECLARE_FLAGS(EditActions, EditAction)

    ArtefactEditor(Document *document, EntityId artefactId, QWidget *parent = nullptr);

    Document *document() const { return m_document; }
    EntityId artefactId() const { return m_artefactId; }

    /** Shown in the main window's properties dock while this editor is current; may be null.
     *  The editor keeps ownership. */
    virtual QWidget *propertiesWidget() const { return nullptr; }
    /** Puts the cursor in the first field of the properties, ready for typing. */
    virtual void focusProperties() { }
    /** Puts the cursor in the properties' first field (after a new artefact). */
    void requestPropertiesFocus() { Q_EMIT propertiesFocusRequested(); }

    /** Which of the Edit menu's standard actions the editor does. */
    virtual EditActions editActions() const { return {}; }
    virtual void cutSelection() { }
    virtual void copySelection() { }
    virtual void paste() { }
    virtual void duplicateSelection() { }
    virtual void deleteSelection() { }
    virtual void selectAll() { }

    /** Whether the View menu's zoom actions apply. */
    virtual bool isZoomable() const { return false; }
    virtual void zoomIn() { }
    virtual void zoomOut() { }
    virtual void zoomToFit() { }
    virtual void resetZoom() { }

Q_SIGNALS:
    void statusMessage(const QString &message);
    /** The user wants to type into the properties (after adding something by keyboard). */
    void propertiesFocusRequested();
    /** The user wants to see another artefact (an action's source): the window opens it. */
    void openRequested(Takt::EntityId artefact);

private:
    Document *const m_document;
    const EntityId m_artefactId;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ArtefactEditor::EditActions)

} // namespace Takt
