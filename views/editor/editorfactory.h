#pragma once

#include "core/entityid.h"
#include "pack/packsection.h"

#include <QString>

#include <memory>
#include <vector>

class QObject;
class QWidget;

namespace Takt {

class ArtefactEditor;
class Document;
class EditorContext;
class KindActions;

/** The views side of an artefact kind: its editor and its actions in the window's menus. */
class EditorFactory
{
public:
    virtual ~EditorFactory() = default;

    /** The ArtefactKind::key() of the kind it edits. */
    virtual QString kindKey() const = 0;
    virtual ArtefactEditor *
    createEditor(Document *document, EntityId id, QWidget *parent) const = 0;
    /** The kind's actions in one window, owned by @p parent; null if it has none. */
    virtual KindActions *createActions(EditorContext &context, QObject *parent) const
    {
        Q_UNUSED(context)
        Q_UNUSED(parent)
        return nullptr;
    }
    /** Pack sections drawn with widgets (Qt Charts), after the kind's own. */
    virtual std::vector<std::unique_ptr<PackSection>> packSections() const { return {}; }
};

} // namespace Takt
