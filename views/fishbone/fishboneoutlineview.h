#pragma once

#include "editor/outlineview.h"

namespace Takt {

class FishboneModel;
class FishboneStore;

/**
 * The fishbone outline (OutlineView's keys): the bones as top rows, their causes below. Enter
 * adds a bone after a bone or a cause after a cause; Ctrl+Enter or Insert adds a cause under
 * the current row; Tab and Shift+Tab nest and un-nest causes; Alt+Up/Down moves bones and
 * causes. The Problem menu marks a cause likely (Ctrl+L) and asks why of it in a 5 Whys.
 */
class FishboneOutlineView : public OutlineView
{
    Q_OBJECT

public:
    FishboneOutlineView(Document *document, FishboneModel *model, QWidget *parent = nullptr);

    void addSibling() override;
    void addChild() override;
    bool indent() override;
    bool outdent() override;
    void moveBy(int delta) override;
    void removeCurrent() override;
    void toggleLikely();
    /** A 5 Whys of the current cause, linked to it; its id, or 0. */
    EntityId askWhy();

protected:
    EntityId itemAtIndex(const QModelIndex &index) const override;
    QModelIndex indexOfItem(EntityId item) const override;
    QStringList columnWords(int column) const override;

private:
    void addCause(EntityId parent, int row);
    void addCategory(int row);
    /** The rows beside @p item: the bones, or its parent's causes. */
    QList<EntityId> siblingsOf(EntityId item) const;

    FishboneModel *const m_model;
    FishboneStore *const m_store;
};

} // namespace Takt
