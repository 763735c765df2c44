#pragma once

#include "editor/kindactions.h"

#include <QList>

#include <functional>

class QAction;
class QKeySequence;
class QMenu;

namespace Takt {

class EditorContext;
class FiveWhysEditor;

/**
 * The 5 Whys' entries in the Problem menu: a new analysis, empty or from a template; the
 * outline's commands with their shortcuts (mark a root cause, cycle the evidence status, merge
 * into the cause above); the diagram saved as PNG, SVG or PDF; delete. Those that act on an
 * analysis are enabled while its editor is current.
 */
class WhysActions : public KindActions
{
    Q_OBJECT

public:
    WhysActions(EditorContext &context, QObject *parent);

    void currentEditorChanged(ArtefactEditor *editor) override;

private:
    QAction *editorAction(QMenu *menu,
                          const QString &text,
                          const QKeySequence &shortcut,
                          const std::function<void(FiveWhysEditor *)> &run);
    void newAnalysis(int which);
    void saveDiagram(FiveWhysEditor *editor);

    EditorContext &m_context;
};

} // namespace Takt
