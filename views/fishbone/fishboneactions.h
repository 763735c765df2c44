#pragma once

#include "editor/kindactions.h"

namespace Takt {

class FishboneEditor;

/**
 * The fishbone's entries in the Problem menu: a new fishbone, empty (6M or AI-operations
 * categories) or from a template; mark a cause likely; ask why of a cause in a 5 Whys linked
 * to it; save the diagram as PNG, SVG or PDF; delete. Those that act on a fishbone are enabled
 * while its editor is current.
 */
class FishboneActions : public KindActions
{
    Q_OBJECT

public:
    FishboneActions(EditorContext &context, QObject *parent);

    void currentEditorChanged(ArtefactEditor *editor) override;

private:
    QAction *editorAction(QMenu *menu,
                          const QString &text,
                          const QKeySequence &shortcut,
                          const std::function<void(FishboneEditor *)> &run);
    void newDiagram(int which);
    void askWhy(FishboneEditor *editor);

    EditorContext &m_context;
};

} // namespace Takt
