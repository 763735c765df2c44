#include "fivewhysstore.h"

#include "core/addremoveentities.h"
#include "core/changefield.h"
#include "core/movetreenode.h"
#include "document/document.h"
#include "document/followup.h"
#include "document/linkcommands.h"
#include "document/liststore.h"
#include "document/measuredfigure.h"

#include <QLocale>

namespace Takt {

namespace {
const QString EvidenceRole = QStringLiteral("evidence:");

/** The evidence link of @p cause, if it has one. */
const Link *evidenceLink(const Document &document, EntityId cause)
{
    for (const Link &link : document.links().items())
        if (link.from == cause && link.role.startsWith(EvidenceRole))
            return &link;
    return nullptr;
}

const QString AnalysisTable = QStringLiteral("whys_analyses");
const QString CauseTable = QStringLiteral("whys_causes");
const QString CountermeasureTable = QStringLiteral("whys_countermeasures");
} // namespace

FiveWhysStore::FiveWhysStore(Document &document, const ArtefactKind &kind)
    : ArtefactStore(document, kind)
    , m_analyses(FiveWhysAnalysis::fields(), [](const FiveWhysAnalysis &a) { return a.name; })
    , m_causes(WhyCause::fields(), [](const WhyCause &c) { return c.text; })
    , m_countermeasures(Countermeasure::fields(), [](const Countermeasure &c) { return c.text; })
    , m_outline(m_analyses, [](const FiveWhysAnalysis &) { return EntityId(0); })
    , m_explains(document, QStringLiteral("explains"))
{
    // Before anyone else hears of it: a view asking for the children must get the new ones.
    const auto invalidate = [this] { m_childrenValid = false; };
    connect(&m_causes, &EntityListBase::inserted, this, invalidate);
    connect(&m_causes, &EntityListBase::removed, this, invalidate);
    m_outline.connect(this);
    connect(&m_causes, &EntityListBase::modified, this, &ArtefactStore::modified);
    connect(&m_countermeasures, &EntityListBase::modified, this, &ArtefactStore::modified);
    // The navigator's status counts root causes and unconfirmed links.
    const auto touched = [this](EntityId id) {
        const WhyCause *c = m_causes.find(id);
        if (c && m_analyses.contains(c->analysis))
            Q_EMIT outlineChanged(c->analysis);
    };
    connect(&m_causes, &EntityListBase::inserted, this, touched);
    connect(&m_causes, &EntityListBase::changed, this, touched);
    // A removed cause is gone when removed() is told: its analysis is noted before.
    connect(&m_causes, &EntityListBase::aboutToBeRemoved, this, [this](EntityId id) {
        m_removedFrom = m_causes.find(id) ? m_causes.find(id)->analysis : 0;
    });
    connect(&m_causes, &EntityListBase::removed, this, [this] {
        const EntityId analysis = std::exchange(m_removedFrom, 0);
        if (m_analyses.contains(analysis))
            Q_EMIT outlineChanged(analysis);
    });
}

FiveWhysStore *FiveWhysStore::of(const Document &document)
{
    return document.store<FiveWhysStore>();
}

void FiveWhysStore::rebuildChildren() const
{
    m_children.clear();
    for (const WhyCause &c : m_causes.items())
        m_children[c.parent ? c.parent : c.analysis] << c.id;
    m_childrenValid = true;
}

QList<EntityId> FiveWhysStore::childrenOf(EntityId analysis, EntityId parent) const
{
    if (!m_childrenValid)
        rebuildChildren();
    return m_children.value(parent ? parent : analysis);
}

QList<EntityId> FiveWhysStore::countermeasuresOf(EntityId cause) const
{
    QList<EntityId> ids;
    for (const Countermeasure &m : m_countermeasures.items())
        if (m.cause == cause)
            ids << m.id;
    return ids;
}

QList<EntityId> FiveWhysStore::subtree(EntityId cause) const
{
    QList<EntityId> ids {cause};
    const WhyCause *c = m_causes.find(cause);
    if (!c)
        return {};
    // A loop of parents (a damaged file) ends where a cause comes round again.
    QSet<EntityId> seen {cause};
    for (int i = 0; i < ids.size(); ++i)
        for (EntityId child : childrenOf(c->analysis, ids.at(i)))
            if (!seen.contains(child)) {
                seen.insert(child);
                ids << child;
            }
    return ids;
}

int FiveWhysStore::depthOf(EntityId cause) const
{
    int depth = 0;
    for (const WhyCause *c = m_causes.find(cause); c && depth <= m_causes.count();
         c = m_causes.find(c->parent))
        ++depth;
    return depth;
}

FiveWhysTree FiveWhysStore::tree(EntityId analysis) const
{
    FiveWhysTree tree;
    if (const FiveWhysAnalysis *a = m_analyses.find(analysis))
        tree.analysis = *a;
    QList<EntityId> queue = childrenOf(analysis, 0);
    QSet<EntityId> inTree;
    for (int i = 0; i < queue.size(); ++i) {
        if (inTree.contains(queue.at(i)))
            continue; // a loop of parents in a damaged file
        tree.causes << *m_causes.find(queue.at(i));
        inTree.insert(queue.at(i));
        if (const auto figure = evidenceFigure(queue.at(i)))
            tree.evidenceFigures.insert(
                queue.at(i), EvidenceFigure {figure->artefact, figure->item, figure->key});
        queue << childrenOf(analysis, queue.at(i));
    }
    for (const Countermeasure &m : m_countermeasures.items())
        if (inTree.contains(m.cause))
            tree.countermeasures << m;
    return tree;
}

QUndoCommand *FiveWhysStore::addAnalysis(const FiveWhysTree &tree, const QString &text) const
{
    auto *self = const_cast<FiveWhysStore *>(this);
    auto *command = new QUndoCommand(text);
    new AddEntities<FiveWhysAnalysis>(&self->m_analyses, {tree.analysis}, -1, command);
    if (!tree.causes.isEmpty())
        new AddEntities<WhyCause>(&self->m_causes, tree.causes, -1, command);
    if (!tree.countermeasures.isEmpty())
        new AddEntities<Countermeasure>(&self->m_countermeasures, tree.countermeasures, -1,
                                        command);
    // A figure the file names that this workshop does not have is left unlinked.
    for (auto it = tree.evidenceFigures.cbegin(); it != tree.evidenceFigures.cend(); ++it)
        if (const auto figure
            = MeasuredFigures::findByName(document(), it->map, it->item, it->figure))
            LinkCommands::add(document(), it.key(), figure->target, EvidenceRole + it->figure,
                              command);
    return command;
}

QUndoCommand *FiveWhysStore::removeAnalysis(EntityId analysis)
{
    const FiveWhysAnalysis *a = m_analyses.find(analysis);
    if (!a)
        return nullptr;
    auto *command = new QUndoCommand(tr("Delete 5 Whys \"%1\"").arg(a->name));
    const FiveWhysTree whole = tree(analysis);
    QSet<EntityId> causes, measures, all {analysis};
    for (const WhyCause &c : whole.causes)
        causes.insert(c.id);
    for (const Countermeasure &m : whole.countermeasures)
        measures.insert(m.id);
    all.unite(causes).unite(measures);
    // Undone in reverse: the analysis is back before its causes, and they before the links.
    LinkCommands::removeTouching(document(), all, command);
    if (!measures.isEmpty())
        new RemoveEntities<Countermeasure>(&m_countermeasures, measures, command);
    if (!causes.isEmpty())
        new RemoveEntities<WhyCause>(&m_causes, causes, command);
    new RemoveEntities<FiveWhysAnalysis>(&m_analyses, {analysis}, command);
    return command;
}

QUndoCommand *FiveWhysStore::addCause(const WhyCause &cause, int row)
{
    const QList<EntityId> siblings = childrenOf(cause.analysis, cause.parent);
    int index = m_causes.count();
    if (row >= 0 && row < siblings.size()) {
        index = m_causes.indexOf(siblings.at(row));
    } else if (!siblings.isEmpty()) {
        index = m_causes.indexOf(siblings.last()) + 1;
    } else if (cause.parent) {
        index = m_causes.indexOf(cause.parent) + 1;
    }
    auto *command = new AddEntities<WhyCause>(&m_causes, {cause}, index);
    command->setText(tr("Add cause"));
    return command;
}

QUndoCommand *FiveWhysStore::removeCause(EntityId cause)
{
    const WhyCause *c = m_causes.find(cause);
    if (!c)
        return nullptr;
    auto *command = new QUndoCommand(tr("Delete cause \"%1\"").arg(c->text));
    const QList<EntityId> below = subtree(cause);
    const QSet<EntityId> causes(below.cbegin(), below.cend());
    QSet<EntityId> measures;
    for (const Countermeasure &m : m_countermeasures.items())
        if (causes.contains(m.cause))
            measures.insert(m.id);
    LinkCommands::removeTouching(document(), causes + measures, command);
    if (!measures.isEmpty())
        new RemoveEntities<Countermeasure>(&m_countermeasures, measures, command);
    new RemoveEntities<WhyCause>(&m_causes, causes, command);
    return command;
}

QUndoCommand *FiveWhysStore::moveCause(EntityId cause, EntityId parent, int row)
{
    const WhyCause *c = m_causes.find(cause);
    if (!c || (parent && !m_causes.contains(parent)) || subtree(cause).contains(parent))
        return nullptr;
    QList<EntityId> siblings = childrenOf(c->analysis, parent);
    siblings.removeOne(cause);
    const EntityId before = row >= 0 && row < siblings.size() ? siblings.at(row) : 0;
    return new MoveTreeNode<WhyCause>(&m_causes, cause, parent, before);
}

QUndoCommand *FiveWhysStore::moveCauseBy(EntityId cause, int delta)
{
    const WhyCause *c = m_causes.find(cause);
    if (!c)
        return nullptr;
    const int row = int(childrenOf(c->analysis, c->parent).indexOf(cause)) + delta;
    if (row < 0 || row >= childrenOf(c->analysis, c->parent).size())
        return nullptr;
    return moveCause(cause, c->parent, row);
}

QUndoCommand *FiveWhysStore::indentCause(EntityId cause)
{
    const WhyCause *c = m_causes.find(cause);
    if (!c)
        return nullptr;
    const QList<EntityId> siblings = childrenOf(c->analysis, c->parent);
    const int row = int(siblings.indexOf(cause));
    if (row <= 0)
        return nullptr;
    return moveCause(cause, siblings.at(row - 1), -1);
}

QUndoCommand *FiveWhysStore::outdentCause(EntityId cause)
{
    const WhyCause *c = m_causes.find(cause);
    if (!c || !c->parent)
        return nullptr;
    const WhyCause *parent = m_causes.find(c->parent);
    if (!parent)
        return nullptr;
    const QList<EntityId> uncles = childrenOf(c->analysis, parent->parent);
    return moveCause(cause, parent->parent, int(uncles.indexOf(parent->id)) + 1);
}

QUndoCommand *FiveWhysStore::mergeCause(EntityId from, EntityId into)
{
    const WhyCause *source = m_causes.find(from);
    const WhyCause *target = m_causes.find(into);
    if (!source || !target || from == into || source->analysis != target->analysis
        || subtree(from).contains(into))
        return nullptr;
    auto *command
        = new QUndoCommand(tr("Merge \"%1\" into \"%2\"").arg(source->text, target->text));
    for (EntityId child : childrenOf(source->analysis, from))
        new MoveTreeNode<WhyCause>(&m_causes, child, into, 0, command);
    for (EntityId m : countermeasuresOf(from))
        new ChangeField(&m_countermeasures, m, int(Countermeasure::Field::Cause), into, command);
    QStringList evidence;
    if (!target->evidence.isEmpty())
        evidence << target->evidence;
    evidence << (source->evidence.isEmpty()
                     ? tr("Merged: %1").arg(source->text)
                     : tr("Merged: %1 (%2)").arg(source->text, source->evidence));
    new ChangeField(&m_causes, into, int(WhyCause::Field::Evidence),
                    evidence.join(QLatin1Char('\n')), command);
    if (source->rootCause && !target->rootCause)
        new ChangeField(&m_causes, into, int(WhyCause::Field::RootCause), true, command);
    LinkCommands::removeTouching(document(), {from}, command);
    new RemoveEntities<WhyCause>(&m_causes, {from}, command);
    return command;
}

QUndoCommand *FiveWhysStore::setRootCause(EntityId cause, bool root)
{
    const WhyCause *c = m_causes.find(cause);
    if (!c || c->rootCause == root)
        return nullptr;
    auto *command = new ChangeField(&m_causes, cause, int(WhyCause::Field::RootCause), root);
    command->setText(root ? tr("Mark \"%1\" as a root cause").arg(c->text)
                          : tr("Unmark \"%1\" as a root cause").arg(c->text));
    return command;
}

WhyCause::Status FiveWhysStore::nextStatus(WhyCause::Status status)
{
    switch (status) {
    case WhyCause::Status::Hypothesis:
        return WhyCause::Status::Confirmed;
    case WhyCause::Status::Confirmed:
        return WhyCause::Status::RuledOut;
    case WhyCause::Status::RuledOut:
        break;
    }
    return WhyCause::Status::Hypothesis;
}

QUndoCommand *FiveWhysStore::setStatus(EntityId cause, WhyCause::Status status, const QDate &on)
{
    const WhyCause *c = m_causes.find(cause);
    if (!c)
        return nullptr;
    const auto &table = WhyCause::fields();
    auto *command = new QUndoCommand(
        tr("Set \"%1\" to %2")
            .arg(c->text, table.choiceLabel(int(WhyCause::Field::Status), int(status))));
    new ChangeField(&m_causes, cause, int(WhyCause::Field::Status), int(status), command);
    if (c->statusOn != on)
        new ChangeField(&m_causes, cause, int(WhyCause::Field::StatusOn), on, command);
    return command;
}

QUndoCommand *FiveWhysStore::addCountermeasure(const Countermeasure &countermeasure)
{
    auto *command = new AddEntities<Countermeasure>(&m_countermeasures, {countermeasure});
    command->setText(tr("Add countermeasure"));
    return command;
}

QUndoCommand *FiveWhysStore::removeCountermeasure(EntityId countermeasure)
{
    const Countermeasure *m = m_countermeasures.find(countermeasure);
    if (!m)
        return nullptr;
    auto *command = new QUndoCommand(tr("Delete countermeasure \"%1\"").arg(m->text));
    LinkCommands::removeTouching(document(), {countermeasure}, command);
    new RemoveEntities<Countermeasure>(&m_countermeasures, {countermeasure}, command);
    return command;
}

QUndoCommand *FiveWhysStore::toAction(EntityId countermeasure)
{
    const Countermeasure *m = m_countermeasures.find(countermeasure);
    if (!m || !FollowUps::canTake(document(), FollowUp::Kind::Action))
        return nullptr;
    auto *command = new QUndoCommand(tr("Turn “%1” into an Action").arg(m->text));
    FollowUp followUp;
    followUp.what = m->text;
    followUp.owner = m->owner;
    followUp.due = m->due;
    followUp.source = countermeasure;
    const WhyCause *root = m_causes.find(m->cause);
    QStringList notes;
    if (root)
        notes << tr("Countermeasure to the root cause: %1").arg(root->text);
    if (!m->expected.isEmpty())
        notes << tr("Expected: %1 %2").arg(m->figure, m->expected).simplified();
    followUp.notes = notes.join(QLatin1Char('\n'));
    FollowUps::add(document(), followUp, command);
    return command;
}

EntityId FiveWhysStore::addFollowUp(const FollowUp &followUp, QUndoCommand *command)
{
    FiveWhysAnalysis a;
    a.id = document().newId();
    a.name = followUp.what;
    // Analyses are told apart by name, on the command line (--item) and in the navigator.
    for (int n = 2; artefactByName(a.name); ++n)
        a.name = QStringLiteral("%1 (%2)").arg(followUp.what).arg(n);
    a.problem = followUp.notes.isEmpty()
        ? followUp.what
        : QStringLiteral("%1\n%2").arg(followUp.what, followUp.notes);
    a.date = QDate::currentDate();
    new AddEntities<FiveWhysAnalysis>(&m_analyses, {a}, -1, command);
    m_explains.linkTo(a.id, followUp.source, command);
    return a.id;
}

std::optional<MeasurableFigure> FiveWhysStore::evidenceFigure(EntityId cause) const
{
    const Link *link = evidenceLink(document(), cause);
    return link ? MeasuredFigures::find(document(), link->to, link->role.mid(EvidenceRole.size()))
                : std::nullopt;
}

QUndoCommand *FiveWhysStore::linkEvidence(EntityId cause, EntityId target, const QString &key)
{
    const WhyCause *c = m_causes.find(cause);
    const Link *old = evidenceLink(document(), cause);
    if (!c || (old ? old->to == target && old->role == EvidenceRole + key : !target))
        return nullptr;
    auto *command
        = new QUndoCommand(target ? tr("Link the evidence of \"%1\" to a figure").arg(c->text)
                                  : tr("Unlink the evidence of \"%1\"").arg(c->text));
    if (old)
        new RemoveEntities<Link>(&document().links(), {old->id}, command);
    if (target)
        LinkCommands::add(document(), cause, target, EvidenceRole + key, command);
    return command;
}

QList<RootCause> FiveWhysStore::rootCauses(EntityId analysis) const
{
    QList<RootCause> roots;
    for (const WhyCause &c : m_causes.items()) {
        if (c.analysis != analysis || !c.rootCause)
            continue;
        RootCause root {c.id, c.text, c.status == WhyCause::Status::Confirmed, {}};
        for (EntityId id : countermeasuresOf(c.id)) {
            const Countermeasure &m = *m_countermeasures.find(id);
            QStringList about;
            if (!m.owner.isEmpty())
                about << m.owner;
            if (m.due.isValid())
                about << QLocale().toString(m.due, QLocale::ShortFormat);
            const QString effect = QStringLiteral("%1 %2").arg(m.figure, m.expected).trimmed();
            if (!effect.isEmpty())
                about << effect;
            QString text = m.text;
            if (!about.isEmpty())
                text += QStringLiteral(" (%1)").arg(about.join(QStringLiteral(", ")));
            root.countermeasures << text;
        }
        roots << root;
    }
    return roots;
}

bool FiveWhysStore::doubtRootCauses(EntityId analysis,
                                    const QString &reason,
                                    const QDate &on,
                                    QUndoCommand *command)
{
    bool any = false;
    for (const WhyCause &c : m_causes.items()) {
        if (c.analysis != analysis || !c.rootCause || c.status != WhyCause::Status::Confirmed)
            continue;
        any = true;
        new ChangeField(&m_causes, c.id, int(WhyCause::Field::Status),
                        int(WhyCause::Status::Hypothesis), command);
        new ChangeField(&m_causes, c.id, int(WhyCause::Field::StatusOn), on, command);
        const QString evidence
            = c.evidence.isEmpty() ? reason : QStringLiteral("%1\n%2").arg(c.evidence, reason);
        new ChangeField(&m_causes, c.id, int(WhyCause::Field::Evidence), evidence, command);
    }
    return any;
}

QList<EntityId> FiveWhysStore::followUpsOf(EntityId source) const
{
    return m_explains.rowsOf(source);
}

bool FiveWhysStore::load(SqlConnection &db, QString *error)
{
    const bool ok = ListStore::loadTable(db, AnalysisTable, m_analyses, error)
        && ListStore::loadTable(db, CauseTable, m_causes, error)
        && ListStore::loadTable(db, CountermeasureTable, m_countermeasures, error);
    m_childrenValid = false;
    return ok;
}

bool FiveWhysStore::isDirty() const
{
    return m_analyses.isDirty() || m_causes.isDirty() || m_countermeasures.isDirty();
}

bool FiveWhysStore::flush(SqlConnection &db, QString *error)
{
    // Parents first: a cause's row refers to its analysis's, a countermeasure's to its cause's.
    return ListStore::flushTable(db, AnalysisTable, m_analyses, error)
        && ListStore::flushTable(db, CauseTable, m_causes, error)
        && ListStore::flushTable(db, CountermeasureTable, m_countermeasures, error);
}

void FiveWhysStore::markStored()
{
    m_analyses.markStored();
    m_causes.markStored();
    m_countermeasures.markStored();
}

QString FiveWhysStore::artefactName(EntityId id) const
{
    const FiveWhysAnalysis *a = m_analyses.find(id);
    return a ? a->name : QString();
}

QString FiveWhysStore::summary(EntityId id) const
{
    int causes = 0, roots = 0, unconfirmed = 0;
    for (const WhyCause &c : m_causes.items()) {
        if (c.analysis != id)
            continue;
        ++causes;
        if (c.rootCause) {
            ++roots;
            unconfirmed += c.status != WhyCause::Status::Confirmed;
        }
    }
    QString text = tr("%n cause(s)", nullptr, causes);
    if (roots)
        text += tr(", %n root cause(s)", nullptr, roots);
    if (unconfirmed)
        text += tr(", %n unconfirmed", nullptr, unconfirmed);
    return text;
}

bool FiveWhysStore::contains(EntityId id) const
{
    return m_analyses.contains(id) || m_causes.contains(id) || m_countermeasures.contains(id);
}

EntityId FiveWhysStore::artefactOf(EntityId id) const
{
    if (m_analyses.contains(id))
        return id;
    if (const Countermeasure *m = m_countermeasures.find(id))
        id = m->cause;
    const WhyCause *c = m_causes.find(id);
    return c ? c->analysis : 0;
}

QString FiveWhysStore::entityName(EntityId id) const
{
    if (const WhyCause *c = m_causes.find(id))
        return c->text;
    if (const Countermeasure *m = m_countermeasures.find(id))
        return m->text;
    return artefactName(id);
}

QVariant FiveWhysStore::outlineData(EntityId id, int role) const
{
    if (role == StatusRole && m_analyses.contains(id))
        return summary(id);
    return ArtefactStore::outlineData(id, role);
}

} // namespace Takt
