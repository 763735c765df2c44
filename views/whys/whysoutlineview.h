#pragma once

#include "core/entityid.h"

#include <QTreeView>

class QUndoCommand;

namespace Takt {

class Document;
class FiveWhysModel;
class FiveWhysStore;

/**
 * The 5 Whys outline, keyboard-first like an outliner: Enter adds a sibling below, Ctrl+Enter
 * asks why of the current cause (a cause under it), Tab nests under the cause above, Shift+Tab
 * un-nests, Alt+Up/Down moves among siblings, Delete removes with everything below; causes are
 * dragged to another parent. The Problem menu marks root causes (Ctrl+R), cycles the evidence
 * status (Ctrl+K) and merges into the cause above (Ctrl+Shift+M) through the same functions. Every
 * one is an undo step; the cause stays selected after it.
 */
class WhysOutlineView : public QTreeView
{
    Q_OBJECT

public:
    WhysOutlineView(Document *document, FiveWhysModel *model, QWidget *parent = nullptr);

    EntityId currentCause() const;
    /** Commits the cell being typed in, if any: before any command, so that the typing is an
     *  undo step of its own and the command sees what was typed. */
    void finishEditing();
    void selectCause(EntityId cause);

    void addSibling();
    void addChild();
    bool indent();
    bool outdent();
    void moveBy(int delta);
    void toggleRootCause();
    void cycleStatus();
    void mergeIntoAbove();
    void removeCurrent();

Q_SIGNALS:
    void currentCauseChanged(Takt::EntityId cause);
    void message(const QString &text);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    void addCause(EntityId parent, int row);
    /** Pushes @p command and keeps @p cause selected; says @p refusal when there is none. */
    bool run(QUndoCommand *command, EntityId cause, const QString &refusal = {});

    Document *const m_document;
    FiveWhysModel *const m_model;
    FiveWhysStore *const m_store;
};

} // namespace Takt
