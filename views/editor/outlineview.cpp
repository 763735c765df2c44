#include "outlineview.h"

#include "document/document.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QStyle>
#include <QUndoStack>

namespace Takt {

OutlineView::OutlineView(Document *document, QWidget *parent)
    : QTreeView(parent)
    , m_document(document)
{
    setEditTriggers(EditKeyPressed | DoubleClicked | AnyKeyPressed);
    setDragDropMode(InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(SingleSelection);
    setAlternatingRowColors(true);
    // One line a row, the whole wording in the diagram and the Properties: rows of equal
    // height keep a tree of hundreds quick to lay out.
    setUniformRowHeights(true);
}

void OutlineView::setUpOutline()
{
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // A check box, its gap and the cell's margins beside the words.
    const int extra = style()->pixelMetric(QStyle::PM_IndicatorWidth)
        + 4 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + fontMetrics().averageCharWidth();
    for (int column = 1; column < model()->columnCount(); ++column) {
        int width = header()->sectionSizeHint(column);
        for (const QString &words : columnWords(column))
            width = qMax(width, fontMetrics().horizontalAdvance(words) + extra);
        header()->setSectionResizeMode(column, QHeaderView::Interactive);
        header()->resizeSection(column, width);
    }
    // An outline shows everything: new and moved rows open with what is below them.
    connect(model(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                for (int row = first; row <= last; ++row)
                    expandRecursively(model()->index(row, 0, parent));
                if (parent.isValid())
                    expand(parent);
            });
    expandAll();
}

EntityId OutlineView::currentItem() const
{
    return itemAtIndex(currentIndex());
}

void OutlineView::selectItem(EntityId item)
{
    const QModelIndex index = indexOfItem(item);
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    scrollTo(index);
}

void OutlineView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTreeView::currentChanged(current, previous);
    if (itemAtIndex(current) != itemAtIndex(previous))
        Q_EMIT currentItemChanged(itemAtIndex(current));
}

void OutlineView::finishEditing()
{
    if (state() != EditingState)
        return;
    if (QWidget *editor = indexWidget(currentIndex())) {
        commitData(editor);
        closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

bool OutlineView::run(QUndoCommand *command, EntityId item, const QString &refusal)
{
    if (!command) {
        if (!refusal.isEmpty())
            Q_EMIT message(refusal);
        return false;
    }
    m_document->undoStack()->push(command);
    selectItem(item);
    return true;
}

bool OutlineView::event(QEvent *event)
{
    // Tab and Shift+Tab nest and un-nest, as in an outliner, unless a cell is being edited.
    if (event->type() == QEvent::KeyPress && state() != EditingState) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Where there is nothing to nest, Tab moves on, so that the keyboard can leave.
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier && indent())
            return true;
        if (key->key() == Qt::Key_Backtab && outdent())
            return true;
    }
    return QTreeView::event(event);
}

void OutlineView::keyPressEvent(QKeyEvent *event)
{
    const auto mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    // Keys the cell's editor leaves (the Enter that ends the typing, which the delegate
    // commits later; Alt+arrows) reach the view too: they end the typing and do nothing else.
    if (state() == EditingState) {
        event->accept();
        return;
    }
    if (enter && mods == Qt::NoModifier)
        addSibling();
    else if ((enter && mods == Qt::ControlModifier) || (key == Qt::Key_Insert && !mods))
        addChild();
    else if (mods == Qt::AltModifier && (key == Qt::Key_Up || key == Qt::Key_Down))
        moveBy(key == Qt::Key_Up ? -1 : 1);
    else if (key == Qt::Key_Delete && !mods)
        removeCurrent();
    else
        return QTreeView::keyPressEvent(event);
    event->accept();
}

} // namespace Takt
