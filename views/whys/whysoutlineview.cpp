#include "whysoutlineview.h"

#include "document/document.h"
#include "whys/fivewhysmodel.h"
#include "whys/fivewhysstore.h"
#include "whys/whysdiagram.h"

#include <QDate>

namespace Takt {

WhysOutlineView::WhysOutlineView(Document *document, FiveWhysModel *model, QWidget *parent)
    : OutlineView(document, parent)
    , m_model(model)
    , m_store(FiveWhysStore::of(*document))
{
    setObjectName(QStringLiteral("whys-outline"));
    setAccessibleName(tr("Causes"));
    setModel(model);
    setUpOutline();
    // The evidence is in the Properties, where it has room.
    setColumnHidden(FiveWhysModel::EvidenceColumn, true);
}

EntityId WhysOutlineView::itemAtIndex(const QModelIndex &index) const
{
    return m_model->causeAt(index);
}

QModelIndex WhysOutlineView::indexOfItem(EntityId item) const
{
    return m_model->indexOf(item);
}

QStringList WhysOutlineView::columnWords(int column) const
{
    if (column == FiveWhysModel::StatusColumn) {
        QStringList words;
        for (auto status : {WhyCause::Status::Hypothesis, WhyCause::Status::Confirmed,
                            WhyCause::Status::RuledOut})
            words << WhysDiagram::statusText(status);
        return words;
    }
    if (column == FiveWhysModel::RootCauseColumn)
        return {FiveWhysModel::rootCauseText()};
    return {};
}

void WhysOutlineView::addCause(EntityId parent, int row)
{
    finishEditing();
    WhyCause cause;
    cause.id = document()->newId();
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

} // namespace Takt
