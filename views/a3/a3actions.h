#pragma once

#include "a3/a3report.h"
#include "editor/kindactions.h"

namespace Takt {

class A3Editor;

/**
 * The A3's entries in the Problem menu: a new A3, empty or from a template; the next PDCA
 * stage (Check asks for the measured result, and a missed target offers to reopen the
 * analysis); a 5 Whys asked from the A3; save the sheet as PNG, SVG or PDF; delete.
 */
class A3Actions : public KindActions
{
    Q_OBJECT

public:
    A3Actions(EditorContext &context, QObject *parent);

    void currentEditorChanged(ArtefactEditor *editor) override;

private:
    QAction *editorAction(QMenu *menu,
                          const QString &text,
                          const QKeySequence &shortcut,
                          const std::function<void(A3Editor *)> &run);
    void newReport(int which);
    void nextStage(A3Editor *editor);
    /** Asks for the result measured at Check; false when cancelled. */
    bool askResult(EntityId report, std::optional<double> *result);
    /** From Act: Done, or another turn from Plan; false when cancelled. */
    bool askDoneOrAgain(A3Report::Stage *to);
    /** After a check that missed its target: back to Plan, the analysis doubted, if wanted. */
    void offerReopen(EntityId report);
    void askWhy(A3Editor *editor);

    EditorContext &m_context;
};

} // namespace Takt
