#include "actionstore.h"

#include "core/addremoveentities.h"
#include "core/changefield.h"
#include "document/document.h"
#include "document/entitynames.h"
#include "document/linkcommands.h"
#include "document/liststore.h"

#include <QDate>

namespace Takt {

namespace {
TableStore registerTable(SqlConnection &db)
{
    return ListStore::table(db, QStringLiteral("action_registers"), ActionRegister::fields());
}

TableStore actionTable(SqlConnection &db)
{
    return ListStore::table(db, QStringLiteral("action_items"), ActionItem::fields(),
                            QStringLiteral("register_id"));
}
} // namespace

ActionStore::ActionStore(Document &document, const ArtefactKind &kind)
    : ArtefactStore(document, kind)
    , m_registers(ActionRegister::fields(), [](const ActionRegister &r) { return r.name; })
    , m_actions(ActionItem::fields(), [](const ActionItem &a) { return a.what; })
    , m_outline(m_registers, [](const ActionRegister &) { return EntityId(0); })
    , m_sources(document, SourceRole)
{
    m_outline.connect(this);
    connect(&m_actions, &EntityListBase::modified, this, &ArtefactStore::modified);
    // The register's status (its counts) follows its actions.
    connect(&m_actions, &EntityListBase::modified, this, [this] {
        if (const EntityId id = registerId())
            Q_EMIT outlineChanged(id);
    });
}

ActionStore *ActionStore::of(const Document &document)
{
    return document.store<ActionStore>();
}

EntityId ActionStore::registerId() const
{
    return m_registers.items().isEmpty() ? 0 : m_registers.items().first().id;
}

QUndoCommand *ActionStore::addActions(const QList<ActionItem> &actions, QUndoCommand *parent)
{
    auto *command = new QUndoCommand(tr("Add %n action(s)", nullptr, int(actions.size())), parent);
    new AddEntities<ActionItem>(&m_actions, actions, -1, command);
    // A source that names something in the document is linked to it: the action follows
    // its renames, and the step or KPI knows its actions.
    for (const ActionItem &a : actions)
        m_sources.link(a.id, a.source, command);
    return command;
}

EntityId ActionStore::sourceOf(EntityId action) const
{
    return m_sources.sourceOf(action);
}

QString ActionStore::sourceName(const ActionItem &action) const
{
    return m_sources.nameOf(action.id, action.source);
}

QUndoCommand *ActionStore::changeSource(EntityId action, const QString &text)
{
    return m_sources.change(&m_actions, action, int(ActionItem::Field::Source), text,
                            tr("Change Source"));
}

EntityId ActionStore::addFollowUp(const FollowUp &followUp, QUndoCommand *command)
{
    ActionItem a;
    a.id = document().newId();
    a.what = followUp.what;
    a.owner = followUp.owner;
    a.due = followUp.due;
    a.notes = followUp.notes;
    a.source = EntityNames::nameOf(document(), followUp.source);
    new AddEntities<ActionItem>(&m_actions, {a}, -1, command);
    m_sources.linkTo(a.id, followUp.source, command);
    return a.id;
}

QList<EntityId> ActionStore::followUpsOf(EntityId source) const
{
    return m_sources.rowsOf(source);
}

QList<ActionItem> ActionStore::forExport() const
{
    QList<ActionItem> actions = m_actions.items();
    for (ActionItem &a : actions)
        a.source = sourceName(a);
    return actions;
}

QUndoCommand *ActionStore::removeActions(const QSet<EntityId> &ids)
{
    auto *command = new QUndoCommand(tr("Delete %n action(s)", nullptr, int(ids.size())));
    LinkCommands::removeTouching(document(), ids, command);
    new RemoveEntities<ActionItem>(&m_actions, ids, command);
    return command;
}

bool ActionStore::load(SqlConnection &db, QString *error)
{
    TableStore registers = registerTable(db);
    TableStore actions = actionTable(db);
    QList<ActionRegister> readRegisters;
    QList<ActionItem> readActions;
    const bool ok = ListStore::read(registers, ActionRegister::fields(),
                                    [&](EntityId, const ActionRegister &r) {
                                        readRegisters << r;
                                        return true;
                                    })
        && ListStore::read(actions, ActionItem::fields(), [&](EntityId, const ActionItem &a) {
                        readActions << a;
                        return true;
                    });
    if (!ok) {
        if (error)
            *error = registers.errorText().isEmpty() ? actions.errorText() : registers.errorText();
        return false;
    }
    m_registers.load(readRegisters);
    m_actions.load(readActions);
    // Every document has its register, from a file that had none too: written with the
    // next flush, not an edit to undo.
    if (m_registers.items().isEmpty())
        m_registers.insert(0, ActionRegister {document().newId(), tr("Action register")});
    return true;
}

bool ActionStore::isDirty() const
{
    return m_registers.isDirty() || m_actions.isDirty();
}

bool ActionStore::flush(SqlConnection &db, QString *error)
{
    TableStore registers = registerTable(db);
    TableStore actions = actionTable(db);
    if (!ListStore::flush(registers, m_registers, 0)) {
        if (error)
            *error = registers.errorText();
        return false;
    }
    if (!ListStore::flush(actions, m_actions, registerId())) {
        if (error)
            *error = actions.errorText();
        return false;
    }
    return true;
}

void ActionStore::markStored()
{
    m_registers.markStored();
    m_actions.markStored();
}

QString ActionStore::artefactName(EntityId id) const
{
    const ActionRegister *r = m_registers.find(id);
    return r ? r->name : QString();
}

QString ActionStore::entityName(EntityId id) const
{
    const ActionItem *a = m_actions.find(id);
    return a ? a->what : artefactName(id);
}

EntityId ActionStore::artefactOf(EntityId id) const
{
    return m_actions.contains(id) ? registerId() : ArtefactStore::artefactOf(id);
}

QString ActionStore::summary(EntityId id) const
{
    if (!m_registers.contains(id))
        return {};
    int open = 0, overdue = 0;
    const QDate today = QDate::currentDate();
    for (const ActionItem &a : m_actions.items()) {
        open += a.isOpen();
        overdue += a.isOverdue(today);
    }
    QString text = tr("%n action(s), %1 open", nullptr, int(m_actions.items().size()))
                       .arg(QLocale().toString(open));
    if (overdue)
        text += tr(", %n overdue", nullptr, overdue);
    return text;
}

bool ActionStore::contains(EntityId id) const
{
    return m_registers.contains(id) || m_actions.contains(id);
}

QVariant ActionStore::outlineData(EntityId id, int role) const
{
    if (role == StatusRole && m_registers.contains(id))
        return summary(id);
    return ArtefactStore::outlineData(id, role);
}

} // namespace Takt
