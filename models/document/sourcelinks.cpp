#include "sourcelinks.h"

#include "core/addremoveentities.h"
#include "core/changefield.h"
#include "document.h"
#include "entitynames.h"
#include "linkcommands.h"

namespace Takt {

SourceLinks::SourceLinks(Document &document, QString role, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_role(std::move(role))
{
    connect(&document.links(), &EntityListBase::modified, this, [this] { m_known = false; });
}

void SourceLinks::index() const
{
    if (m_known)
        return;
    m_sources.clear();
    for (const Link &link : m_document.links().items())
        if (link.role == m_role && !m_sources.contains(link.from))
            m_sources.insert(link.from, link.to);
    m_known = true;
}

EntityId SourceLinks::sourceOf(EntityId row) const
{
    index();
    return m_sources.value(row);
}

QList<EntityId> SourceLinks::rowsOf(EntityId source) const
{
    QList<EntityId> rows;
    for (const Link &link : m_document.links().items())
        if (link.role == m_role && link.to == source)
            rows << link.from;
    return rows;
}

QString SourceLinks::nameOf(EntityId row, const QString &typed) const
{
    const EntityId source = sourceOf(row);
    const QString name = source ? EntityNames::nameOf(m_document, source) : QString();
    return name.isEmpty() ? typed : name;
}

void SourceLinks::link(EntityId row, const QString &text, QUndoCommand *command) const
{
    if (const EntityId source = EntityNames::find(m_document, text))
        if (source != row)
            LinkCommands::add(m_document, row, source, m_role, command);
}

void SourceLinks::linkTo(EntityId row, EntityId source, QUndoCommand *command) const
{
    LinkCommands::add(m_document, row, source, m_role, command);
}

void SourceLinks::relink(EntityId row, EntityId source, QUndoCommand *command) const
{
    QSet<EntityId> old;
    for (const Link &link : m_document.links().items())
        if (link.from == row && link.role == m_role)
            old.insert(link.id);
    if (!old.isEmpty())
        new RemoveEntities<Link>(&m_document.links(), old, command);
    if (source && source != row)
        LinkCommands::add(m_document, row, source, m_role, command);
}

QUndoCommand *SourceLinks::change(
    EntityFields *rows, EntityId row, int field, const QString &text, const QString &undoText) const
{
    auto *command = new QUndoCommand(undoText);
    new ChangeField(rows, row, field, text.trimmed(), command);
    relink(row, EntityNames::find(m_document, text), command);
    return command;
}

} // namespace Takt
