#include "linkcommands.h"

#include "core/addremoveentities.h"
#include "document.h"

#include <QCoreApplication>

namespace Takt {

QUndoCommand *LinkCommands::add(
    Document &document, EntityId from, EntityId to, const QString &role, QUndoCommand *parent)
{
    auto *command = new AddEntities<Link>(&document.links(),
                                          {Link {document.newId(), from, to, role}}, -1, parent);
    command->setText(QCoreApplication::translate("UndoCommands", "Link"));
    return command;
}

void LinkCommands::removeTouching(Document &document,
                                  const QSet<EntityId> &ids,
                                  QUndoCommand *parent)
{
    QSet<EntityId> touching;
    for (const Link &link : document.links().items())
        if (ids.contains(link.from) || ids.contains(link.to))
            touching.insert(link.id);
    if (!touching.isEmpty())
        new RemoveEntities<Link>(&document.links(), touching, parent);
}

QList<Link> LinkCommands::of(const Document &document, EntityId id)
{
    QList<Link> result;
    for (const Link &link : document.links().items())
        if (link.from == id || link.to == id)
            result << link;
    return result;
}

} // namespace Takt
