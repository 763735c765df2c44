#include "fishboneoutlineview.h"

#include "document/document.h"
#include "fishbone/fishbonemodel.h"
#include "fishbone/fishbonestore.h"

namespace Takt {

FishboneOutlineView::FishboneOutlineView(Document *document, FishboneModel *model, QWidget *parent)
    : OutlineView(document, parent)
    , m_model(model)
    , m_store(FishboneStore::of(*document))
{
    setObjectName(QStringLiteral("fishbone-outline"));
    setAccessibleName(tr("Categories and causes"));
    setModel(model);
    setUpOutline();
}

QStringList FishboneOutlineView::columnWords(int column) const
{
    // The 5 Whys a cause started are named in full in the Properties; here they must leave
    // the causes their width.
    if (column == FishboneModel::WhysColumn)
        return {QStringLiteral("MMMMMMMMMMMM")};
    return column == FishboneModel::LikelyColumn ? QStringList {FishboneModel::likelyText()}
                                                 : QStringList();
}

EntityId FishboneOutlineView::itemAtIndex(const QModelIndex &index) const
{
    return m_model->itemAt(index);
}

QModelIndex FishboneOutlineView::indexOfItem(EntityId item) const
{
    return m_model->indexOf(item);
}

QList<EntityId> FishboneOutlineView::siblingsOf(EntityId item) const
{
    if (m_model->isCategory(item))
        return m_store->categoriesOf(m_model->diagram());
    const FishboneCause *c = m_store->cause(item);
    return c ? m_store->childrenOf(c->parent) : QList<EntityId>();
}

void FishboneOutlineView::addCause(EntityId parent, int row)
{
    finishEditing();
    FishboneCause cause;
    cause.id = document()->newId();
    cause.diagram = m_model->diagram();
    cause.parent = parent;
    cause.text = tr("New cause");
    if (run(m_store->addCause(cause, row), cause.id))
        edit(m_model->indexOf(cause.id));
}

void FishboneOutlineView::addCategory(int row)
{
    finishEditing();
    FishboneCategory category;
    category.id = document()->newId();
    category.diagram = m_model->diagram();
    category.name = tr("New category");
    if (run(m_store->addCategory(category, row), category.id))
        edit(m_model->indexOf(category.id));
}

void FishboneOutlineView::addSibling()
{
    const EntityId item = currentItem();
    const int row = int(siblingsOf(item).indexOf(item)) + 1;
    if (!item || m_model->isCategory(item))
        addCategory(item ? row : -1);
    else
        addCause(m_store->cause(item)->parent, row);
}

void FishboneOutlineView::addChild()
{
    const EntityId item = currentItem();
    if (!item) {
        Q_EMIT message(tr("Choose a category first: causes sit on its bone."));
        return;
    }
    addCause(item, -1);
}

bool FishboneOutlineView::indent()
{
    finishEditing();
    const EntityId item = currentItem();
    if (!m_store->cause(item))
        return false; // a bone: Tab moves on
    return run(m_store->indentCause(item), item,
               tr("The first cause has no cause above to go under."));
}

bool FishboneOutlineView::outdent()
{
    finishEditing();
    const EntityId item = currentItem();
    if (!m_store->cause(item))
        return false;
    return run(m_store->outdentCause(item), item,
               tr("A cause on the bone itself cannot go higher."));
}

void FishboneOutlineView::moveBy(int delta)
{
    finishEditing();
    const EntityId item = currentItem();
    run(m_model->isCategory(item) ? m_store->moveCategoryBy(item, delta)
                                  : m_store->moveCauseBy(item, delta),
        item);
}

void FishboneOutlineView::toggleLikely()
{
    finishEditing();
    const FishboneCause *c = m_store->cause(currentItem());
    if (!c) {
        Q_EMIT message(tr("Choose a cause to mark it likely."));
        return;
    }
    run(m_store->setLikely(c->id, !c->likely), c->id);
}

EntityId FishboneOutlineView::askWhy()
{
    finishEditing();
    const EntityId cause = currentItem();
    if (!m_store->cause(cause)) {
        Q_EMIT message(tr("Choose a cause to ask why it happens."));
        return 0;
    }
    EntityId analysis = 0;
    run(m_store->askWhy(cause, &analysis), cause);
    return analysis;
}

void FishboneOutlineView::removeCurrent()
{
    finishEditing();
    const EntityId item = currentItem();
    if (!item)
        return;
    // The next sibling, else the one before, else the parent takes the selection.
    const QList<EntityId> siblings = siblingsOf(item);
    const int row = int(siblings.indexOf(item));
    const FishboneCause *c = m_store->cause(item);
    const EntityId next = row + 1 < siblings.size() ? siblings.at(row + 1)
        : row > 0                                   ? siblings.at(row - 1)
        : c                                         ? c->parent
                                                    : 0;
    run(c ? m_store->removeCause(item) : m_store->removeCategory(item), next);
}

} // namespace Takt
