#pragma once

#include "editor/outlineview.h"

namespace Takt {

class FiveWhysModel;
class FiveWhysStore;

/**
 * The 5 Whys outline (OutlineView's keys): Enter adds a sibling cause, Ctrl+Enter asks why of
 * the current cause, Tab nests under the cause above, Shift+Tab un-nests. The Problem menu marks
 * root causes (Ctrl+R), cycles the evidence status (Ctrl+K) and merges into the cause above
 * (Ctrl+Shift+M) through the same functions. Every one is an undo step.
 */
class WhysOutlineView : public OutlineView
{
    Q_OBJECT

public:
    WhysOutlineView(Document *document, FiveWhysModel *model, QWidget *parent = nullptr);

    EntityId currentCause() const { return currentItem(); }
    void selectCause(EntityId cause) { selectItem(cause); }

    void addSibling() override;
    void addChild() override;
    bool indent() override;
    bool outdent() override;
    void moveBy(int delta) override;
    void removeCurrent() override;
    void toggleRootCause();
    void cycleStatus();
    void mergeIntoAbove();

protected:
    EntityId itemAtIndex(const QModelIndex &index) const override;
    QModelIndex indexOfItem(EntityId item) const override;
    QStringList columnWords(int column) const override;

private:
    void addCause(EntityId parent, int row);

    FiveWhysModel *const m_model;
    FiveWhysStore *const m_store;
};

} // namespace Takt
