#pragma once

#include "core/entityid.h"

#include <QTreeView>

class QUndoCommand;

namespace Takt {

class Document;

/**
 * A tree of causes edited like an outliner, keyboard first (the 5 Whys, the fishbone): Enter
 * adds a sibling below, Ctrl+Enter or Insert adds one under the current row, Tab nests under
 * the row above, Shift+Tab un-nests, Alt+Up/Down moves among siblings, Delete removes with
 * everything below. A kind says what each gesture does; this class gives the keys, the typing
 * committed before every command (so that it is an undo step of its own), and the current row
 * kept after each command.
 */
class OutlineView : public QTreeView
{
    Q_OBJECT

public:
    explicit OutlineView(Document *document, QWidget *parent = nullptr);

    /** The entity of the current row; 0 for none. */
    EntityId currentItem() const;
    void selectItem(EntityId item);
    /** Commits the cell being typed in, if any: before any command, so that the typing is an
     *  undo step of its own and the command sees what was typed. */
    void finishEditing();

    virtual void addSibling() = 0;
    virtual void addChild() = 0;
    /** Tab and Shift+Tab: false where nothing can move, so that the focus moves on. */
    virtual bool indent() = 0;
    virtual bool outdent() = 0;
    virtual void moveBy(int delta) = 0;
    virtual void removeCurrent() = 0;

Q_SIGNALS:
    void currentItemChanged(Takt::EntityId item);
    void message(const QString &text);

protected:
    virtual EntityId itemAtIndex(const QModelIndex &index) const = 0;
    virtual QModelIndex indexOfItem(EntityId item) const = 0;
    /** Done after setModel(): the first column takes the width, the others as wide as the
     *  words they can show (columnWords()), new and moved rows open with what is below them. */
    void setUpOutline();
    /** Every text @p column can show (a status column's statuses), to size it once: measuring
     *  the rows instead would cost every row at every insertion. */
    virtual QStringList columnWords(int column) const
    {
        Q_UNUSED(column)
        return {};
    }
    /** Pushes @p command (committing the typing first) and keeps @p item selected; says
     *  @p refusal when there is no command. */
    bool run(QUndoCommand *command, EntityId item, const QString &refusal = {});
    Document *document() const { return m_document; }

    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    Document *const m_document;
};

} // namespace Takt
