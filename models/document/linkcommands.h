#pragma once

#include "link.h"

#include <QList>
#include <QSet>

class QUndoCommand;

namespace Takt {

class Document;

/** Making and unmaking links, always as undo commands: a kind that deletes entities calls
 *  removeTouching() with their ids under its own command, so that undo brings both back. */
class LinkCommands
{
public:
    /** A command that links @p from to @p to; push it, or give it a @p parent. */
    static QUndoCommand *
    add(Document &document, EntityId from, EntityId to, const QString &role, QUndoCommand *parent);
    /** Adds to @p parent a child removing every link from or to one of @p ids (none if no
     *  link touches them). */
    static void removeTouching(Document &document, const QSet<EntityId> &ids, QUndoCommand *parent);
    /** The links from or to @p id, in the order they were made. */
    static QList<Link> of(const Document &document, EntityId id);
};

} // namespace Takt
