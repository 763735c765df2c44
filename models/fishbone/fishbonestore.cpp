#include "fishbonestore.h"

#include "core/addremoveentities.h"
#include "core/changefield.h"
#include "core/moveentity.h"
#include "core/movetreenode.h"
#include "document/document.h"
#include "document/entitynames.h"
#include "document/followup.h"
#include "document/linkcommands.h"
#include "document/liststore.h"

namespace Takt {

namespace {
const QString DiagramTable = QStringLiteral("fishbone_diagrams");
const QString CategoryTable = QStringLiteral("fishbone_categories");
const QString CauseTable = QStringLiteral("fishbone_causes");
} // namespace

FishboneStore::FishboneStore(Document &document, const ArtefactKind &kind)
    : ArtefactStore(document, kind)
    , m_diagrams(FishboneDiagram::fields(), [](const FishboneDiagram &d) { return d.name; })
    , m_categories(FishboneCategory::fields(), [](const FishboneCategory &c) { return c.name; })
    , m_causes(FishboneCause::fields(), [](const FishboneCause &c) { return c.text; })
    , m_outline(m_diagrams, [](const FishboneDiagram &) { return EntityId(0); })
{
    // Before anyone else hears of it: a view asking for the children must get the new ones.
    const auto invalidate = [this] { m_childrenValid = false; };
    connect(&m_causes, &EntityListBase::inserted, this, invalidate);
    connect(&m_causes, &EntityListBase::removed, this, invalidate);
    m_outline.connect(this);
    connect(&m_categories, &EntityListBase::modified, this, &ArtefactStore::modified);
    connect(&m_causes, &EntityListBase::modified, this, &ArtefactStore::modified);
    // The navigator's status counts causes and likely ones.
    const auto touched = [this](EntityId id) {
        const FishboneCause *c = m_causes.find(id);
        if (c && m_diagrams.contains(c->diagram))
            Q_EMIT outlineChanged(c->diagram);
    };
    connect(&m_causes, &EntityListBase::inserted, this, touched);
    connect(&m_causes, &EntityListBase::changed, this, touched);
    connect(&m_causes, &EntityListBase::aboutToBeRemoved, this, [this](EntityId id) {
        m_removedFrom = m_causes.find(id) ? m_causes.find(id)->diagram : 0;
    });
    connect(&m_causes, &EntityListBase::removed, this, [this] {
        const EntityId diagram = std::exchange(m_removedFrom, 0);
        if (m_diagrams.contains(diagram))
            Q_EMIT outlineChanged(diagram);
    });
}

FishboneStore *FishboneStore::of(const Document &document)
{
    return document.store<FishboneStore>();
}

QList<EntityId> FishboneStore::categoriesOf(EntityId diagram) const
{
    QList<EntityId> ids;
    for (const FishboneCategory &c : m_categories.items())
        if (c.diagram == diagram)
            ids << c.id;
    return ids;
}

void FishboneStore::rebuildChildren() const
{
    m_children.clear();
    for (const FishboneCause &c : m_causes.items())
        m_children[c.parent] << c.id;
    m_childrenValid = true;
}

QList<EntityId> FishboneStore::childrenOf(EntityId parent) const
{
    if (!m_childrenValid)
        rebuildChildren();
    return m_children.value(parent);
}

QList<EntityId> FishboneStore::subtree(EntityId cause) const
{
    if (!m_causes.contains(cause))
        return {};
    QList<EntityId> ids {cause};
    // A loop of parents (a damaged file) ends where a cause comes round again.
    QSet<EntityId> seen {cause};
    for (int i = 0; i < ids.size(); ++i)
        for (EntityId child : childrenOf(ids.at(i)))
            if (!seen.contains(child)) {
                seen.insert(child);
                ids << child;
            }
    return ids;
}

FishboneTree FishboneStore::tree(EntityId diagram) const
{
    FishboneTree tree;
    if (const FishboneDiagram *d = m_diagrams.find(diagram))
        tree.diagram = *d;
    QList<EntityId> queue;
    for (EntityId id : categoriesOf(diagram)) {
        tree.categories << *m_categories.find(id);
        queue << childrenOf(id);
    }
    QSet<EntityId> inTree;
    for (int i = 0; i < queue.size(); ++i) {
        const EntityId id = queue.at(i);
        if (inTree.contains(id))
            continue; // a loop of parents in a damaged file
        inTree.insert(id);
        tree.causes << *m_causes.find(id);
        queue << childrenOf(id);
        for (EntityId analysis : FollowUps::of(document(), id))
            tree.whys.insert(id, EntityNames::nameOf(document(), analysis));
    }
    return tree;
}

QUndoCommand *FishboneStore::addDiagram(const FishboneTree &tree, const QString &text) const
{
    auto *self = const_cast<FishboneStore *>(this);
    auto *command = new QUndoCommand(text);
    new AddEntities<FishboneDiagram>(&self->m_diagrams, {tree.diagram}, -1, command);
    if (!tree.categories.isEmpty())
        new AddEntities<FishboneCategory>(&self->m_categories, tree.categories, -1, command);
    if (!tree.causes.isEmpty())
        new AddEntities<FishboneCause>(&self->m_causes, tree.causes, -1, command);
    return command;
}

QUndoCommand *FishboneStore::removeAll(const QSet<EntityId> &categories,
                                       const QSet<EntityId> &causes,
                                       QUndoCommand *command)
{
    // Undone in reverse: the bones are back before their causes, and they before the links.
    LinkCommands::removeTouching(document(), categories + causes, command);
    if (!causes.isEmpty())
        new RemoveEntities<FishboneCause>(&m_causes, causes, command);
    if (!categories.isEmpty())
        new RemoveEntities<FishboneCategory>(&m_categories, categories, command);
    return command;
}

QUndoCommand *FishboneStore::removeDiagram(EntityId diagram)
{
    const FishboneDiagram *d = m_diagrams.find(diagram);
    if (!d)
        return nullptr;
    auto *command = new QUndoCommand(tr("Delete fishbone \"%1\"").arg(d->name));
    QSet<EntityId> categories, causes;
    for (const FishboneCategory &c : m_categories.items())
        if (c.diagram == diagram)
            categories.insert(c.id);
    for (const FishboneCause &c : m_causes.items())
        if (c.diagram == diagram)
            causes.insert(c.id);
    LinkCommands::removeTouching(document(), {diagram}, command);
    removeAll(categories, causes, command);
    new RemoveEntities<FishboneDiagram>(&m_diagrams, {diagram}, command);
    return command;
}

QUndoCommand *FishboneStore::addCategory(const FishboneCategory &category, int row)
{
    const QList<EntityId> bones = categoriesOf(category.diagram);
    int index = m_categories.count();
    if (row >= 0 && row < bones.size())
        index = m_categories.indexOf(bones.at(row));
    else if (!bones.isEmpty())
        index = m_categories.indexOf(bones.last()) + 1;
    auto *command = new AddEntities<FishboneCategory>(&m_categories, {category}, index);
    command->setText(tr("Add category"));
    return command;
}

QUndoCommand *FishboneStore::removeCategory(EntityId category)
{
    const FishboneCategory *c = m_categories.find(category);
    if (!c)
        return nullptr;
    auto *command = new QUndoCommand(tr("Delete category \"%1\"").arg(c->name));
    QSet<EntityId> causes;
    for (EntityId top : childrenOf(category))
        for (EntityId id : subtree(top))
            causes.insert(id);
    return removeAll({category}, causes, command);
}

QUndoCommand *FishboneStore::moveCategoryBy(EntityId category, int delta)
{
    const FishboneCategory *c = m_categories.find(category);
    if (!c)
        return nullptr;
    const QList<EntityId> bones = categoriesOf(c->diagram);
    const int row = int(bones.indexOf(category)) + delta;
    if (row < 0 || row >= bones.size())
        return nullptr;
    return new MoveEntity<FishboneCategory>(&m_categories, category,
                                            m_categories.indexOf(bones.at(row)),
                                            tr("Move category \"%1\"").arg(c->name));
}

QUndoCommand *FishboneStore::addCause(const FishboneCause &cause, int row)
{
    const QList<EntityId> siblings = childrenOf(cause.parent);
    int index = m_causes.count();
    if (row >= 0 && row < siblings.size())
        index = m_causes.indexOf(siblings.at(row));
    else if (!siblings.isEmpty())
        index = m_causes.indexOf(siblings.last()) + 1;
    else if (m_causes.contains(cause.parent))
        index = m_causes.indexOf(cause.parent) + 1;
    auto *command = new AddEntities<FishboneCause>(&m_causes, {cause}, index);
    command->setText(tr("Add cause"));
    return command;
}

QUndoCommand *FishboneStore::removeCause(EntityId cause)
{
    const FishboneCause *c = m_causes.find(cause);
    if (!c)
        return nullptr;
    auto *command = new QUndoCommand(tr("Delete cause \"%1\"").arg(c->text));
    const QList<EntityId> below = subtree(cause);
    return removeAll({}, QSet<EntityId>(below.cbegin(), below.cend()), command);
}

QUndoCommand *FishboneStore::moveCause(EntityId cause, EntityId parent, int row)
{
    const FishboneCause *c = m_causes.find(cause);
    if (!c)
        return nullptr;
    const FishboneCategory *bone = m_categories.find(parent);
    const FishboneCause *above = m_causes.find(parent);
    const EntityId diagram = bone ? bone->diagram : above ? above->diagram : 0;
    if (diagram != c->diagram || subtree(cause).contains(parent))
        return nullptr;
    QList<EntityId> siblings = childrenOf(parent);
    siblings.removeOne(cause);
    const EntityId before = row >= 0 && row < siblings.size() ? siblings.at(row) : 0;
    return new MoveTreeNode<FishboneCause>(&m_causes, cause, parent, before);
}

QUndoCommand *FishboneStore::moveCauseBy(EntityId cause, int delta)
{
    const FishboneCause *c = m_causes.find(cause);
    if (!c)
        return nullptr;
    const int row = int(childrenOf(c->parent).indexOf(cause)) + delta;
    if (row < 0 || row >= childrenOf(c->parent).size())
        return nullptr;
    return moveCause(cause, c->parent, row);
}

QUndoCommand *FishboneStore::indentCause(EntityId cause)
{
    const FishboneCause *c = m_causes.find(cause);
    if (!c)
        return nullptr;
    const QList<EntityId> siblings = childrenOf(c->parent);
    const int row = int(siblings.indexOf(cause));
    return row <= 0 ? nullptr : moveCause(cause, siblings.at(row - 1), -1);
}

QUndoCommand *FishboneStore::outdentCause(EntityId cause)
{
    const FishboneCause *c = m_causes.find(cause);
    const FishboneCause *parent = c ? m_causes.find(c->parent) : nullptr;
    if (!parent)
        return nullptr; // on the bone itself, or gone
    const QList<EntityId> uncles = childrenOf(parent->parent);
    return moveCause(cause, parent->parent, int(uncles.indexOf(parent->id)) + 1);
}

QUndoCommand *FishboneStore::setLikely(EntityId cause, bool likely)
{
    const FishboneCause *c = m_causes.find(cause);
    if (!c || c->likely == likely)
        return nullptr;
    auto *command = new ChangeField(&m_causes, cause, int(FishboneCause::Field::Likely), likely);
    command->setText(likely ? tr("Mark \"%1\" as likely").arg(c->text)
                            : tr("Unmark \"%1\" as likely").arg(c->text));
    return command;
}

QUndoCommand *FishboneStore::askWhy(EntityId cause, EntityId *analysis)
{
    const FishboneCause *c = m_causes.find(cause);
    if (!c || !FollowUps::canTake(document(), FollowUp::Kind::RootCauseAnalysis))
        return nullptr;
    auto *command = new QUndoCommand(tr("Ask why “%1”").arg(c->text));
    FollowUp followUp;
    followUp.kind = FollowUp::Kind::RootCauseAnalysis;
    followUp.what = c->text;
    followUp.source = cause;
    if (const FishboneDiagram *d = m_diagrams.find(c->diagram)) {
        const FishboneCategory *bone = m_categories.find(tree(c->diagram).categoryOf(cause));
        // Said as the room has judged it: likely, or one possible cause among others.
        const QString where = bone ? bone->name : d->name;
        followUp.notes = c->likely ? tr("A likely cause (%1) of: %2").arg(where, d->effect)
                                   : tr("A possible cause (%1) of: %2").arg(where, d->effect);
    }
    const EntityId id = FollowUps::add(document(), followUp, command);
    if (analysis)
        *analysis = id;
    return command;
}

bool FishboneStore::load(SqlConnection &db, QString *error)
{
    const bool ok = ListStore::loadTable(db, DiagramTable, m_diagrams, error)
        && ListStore::loadTable(db, CategoryTable, m_categories, error)
        && ListStore::loadTable(db, CauseTable, m_causes, error);
    m_childrenValid = false;
    return ok;
}

bool FishboneStore::isDirty() const
{
    return m_diagrams.isDirty() || m_categories.isDirty() || m_causes.isDirty();
}

bool FishboneStore::flush(SqlConnection &db, QString *error)
{
    // Parents first: a bone's row refers to its diagram's, a cause's to its diagram's.
    return ListStore::flushTable(db, DiagramTable, m_diagrams, error)
        && ListStore::flushTable(db, CategoryTable, m_categories, error)
        && ListStore::flushTable(db, CauseTable, m_causes, error);
}

void FishboneStore::markStored()
{
    m_diagrams.markStored();
    m_categories.markStored();
    m_causes.markStored();
}

QString FishboneStore::artefactName(EntityId id) const
{
    const FishboneDiagram *d = m_diagrams.find(id);
    return d ? d->name : QString();
}

QString FishboneStore::summary(EntityId id) const
{
    int causes = 0, likely = 0;
    for (const FishboneCause &c : m_causes.items())
        if (c.diagram == id) {
            ++causes;
            likely += c.likely;
        }
    QString text = tr("%n cause(s)", nullptr, causes);
    if (likely)
        text += tr(", %n likely", nullptr, likely);
    return text;
}

bool FishboneStore::contains(EntityId id) const
{
    return m_diagrams.contains(id) || m_categories.contains(id) || m_causes.contains(id);
}

EntityId FishboneStore::artefactOf(EntityId id) const
{
    if (m_diagrams.contains(id))
        return id;
    if (const FishboneCategory *c = m_categories.find(id))
        return c->diagram;
    const FishboneCause *c = m_causes.find(id);
    return c ? c->diagram : 0;
}

QString FishboneStore::entityName(EntityId id) const
{
    if (const FishboneCause *c = m_causes.find(id))
        return c->text;
    if (const FishboneCategory *c = m_categories.find(id))
        return c->name;
    return artefactName(id);
}

QVariant FishboneStore::outlineData(EntityId id, int role) const
{
    if (role == StatusRole && m_diagrams.contains(id))
        return summary(id);
    return ArtefactStore::outlineData(id, role);
}

} // namespace Takt
