#include "whysoutlineview.h"

#include "document/document.h"
#include "whys/fivewhysmodel.h"
#include "whys/fivewhysstore.h"
#include "whys/whysdiagram.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QUndoStack>

namespace Takt {

WhysOutlineView::WhysOutlineView(Document *document, FiveWhysModel *model, QWidget *parent)
    : QTreeView(parent)
    , m_document(document)
    , m_model(model)
    , m_store(FiveWhysStore::of(*document))
{
    setObjectName(QStringLiteral("whys-outline"));
    setAccessibleName(tr("Causes"));
    setModel(model);
    setEditTriggers(EditKeyPressed | DoubleClicked | AnyKeyPressed);
    setDragDropMode(InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(SingleSelection);
    setAlternatingRowColors(true);
    // One line a cause, the whole wording in the diagram and the Properties: rows of equal
    // height keep a tree of hundreds quick to lay out.
    setUniformRowHeights(true);
    // The wording takes the width; the status and the root-cause mark as wide as their
    // words; the evidence is in the Properties, where it has room.
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(FiveWhysModel::WhyColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(FiveWhysModel::StatusColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(FiveWhysModel::RootCauseColumn, QHeaderView::ResizeToContents);
    setColumnHidden(FiveWhysModel::EvidenceColumn, true);
    // An outline shows everything: new and moved causes open with what is below them.
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                for (int row = first; row <= last; ++row)
                    expandRecursively(m_model->index(row, 0, parent));
                if (parent.isValid())
                    expand(parent);
            });
    expandAll();
}

EntityId WhysOutlineView::currentCause() const
{
    return m_model->causeAt(currentIndex());
}

void WhysOutlineView::selectCause(EntityId cause)
{
    const QModelIndex index = m_model->indexOf(cause);
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    scrollTo(index);
}

void WhysOutlineView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTreeView::currentChanged(current, previous);
    if (m_model->causeAt(current) != m_model->causeAt(previous))
        Q_EMIT currentCauseChanged(m_model->causeAt(current));
}

void WhysOutlineView::finishEditing()
{
    if (state() != EditingState)
        return;
    if (QWidget *editor = indexWidget(currentIndex())) {
        commitData(editor);
        closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

bool WhysOutlineView::run(QUndoCommand *command, EntityId cause, const QString &refusal)
{
    if (!command) {
        if (!refusal.isEmpty())
            Q_EMIT message(refusal);
        return false;
    }
    m_document->undoStack()->push(command);
    selectCause(cause);
    return true;
}

void WhysOutlineView::addCause(EntityId parent, int row)
{
    finishEditing();
    WhyCause cause;
    cause.id = m_document->newId();
    cause.analysis = m_model->analysis();
    cause.parent = parent;
    run(m_store->addCause(cause, row), cause.id);
    edit(m_model->indexOf(cause.id));
}

void WhysOutlineView::addSibling()
{
    const WhyCause *c = m_store->cause(currentCause());
    if (!c) {
        addCause(0, -1);
        return;
    }
    const int row = int(m_store->childrenOf(c->analysis, c->parent).indexOf(c->id));
    addCause(c->parent, row + 1);
}

void WhysOutlineView::addChild()
{
    addCause(currentCause(), -1);
}

bool WhysOutlineView::indent()
{
    finishEditing();
    const EntityId cause = currentCause();
    return run(m_store->indentCause(cause), cause,
               tr("The first cause has no cause above to go under."));
}

bool WhysOutlineView::outdent()
{
    finishEditing();
    const EntityId cause = currentCause();
    return run(m_store->outdentCause(cause), cause,
               tr("A cause of the problem itself cannot go higher."));
}

void WhysOutlineView::moveBy(int delta)
{
    finishEditing();
    const EntityId cause = currentCause();
    run(m_store->moveCauseBy(cause, delta), cause);
}

void WhysOutlineView::toggleRootCause()
{
    finishEditing();
    const WhyCause *c = m_store->cause(currentCause());
    if (c)
        run(m_store->setRootCause(c->id, !c->rootCause), c->id);
}

void WhysOutlineView::cycleStatus()
{
    finishEditing();
    const WhyCause *c = m_store->cause(currentCause());
    if (c)
        run(m_store->setStatus(c->id, FiveWhysStore::nextStatus(c->status), QDate::currentDate()),
            c->id);
}

void WhysOutlineView::mergeIntoAbove()
{
    finishEditing();
    const WhyCause *c = m_store->cause(currentCause());
    if (!c)
        return;
    const QList<EntityId> siblings = m_store->childrenOf(c->analysis, c->parent);
    const int row = int(siblings.indexOf(c->id));
    if (row <= 0) {
        Q_EMIT message(tr("Merging takes the cause above on the same level; there is none."));
        return;
    }
    run(m_store->mergeCause(c->id, siblings.at(row - 1)), siblings.at(row - 1));
}

void WhysOutlineView::removeCurrent()
{
    finishEditing();
    const WhyCause *c = m_store->cause(currentCause());
    if (!c)
        return;
    // The next sibling, else the one before, else the parent takes the selection.
    const QList<EntityId> siblings = m_store->childrenOf(c->analysis, c->parent);
    const int row = int(siblings.indexOf(c->id));
    const EntityId next = row + 1 < siblings.size() ? siblings.at(row + 1)
        : row > 0                                   ? siblings.at(row - 1)
                                                    : c->parent;
    run(m_store->removeCause(c->id), next);
}

bool WhysOutlineView::event(QEvent *event)
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

void WhysOutlineView::keyPressEvent(QKeyEvent *event)
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
