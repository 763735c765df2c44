#pragma once

#include "core/entityid.h"

#include <QHash>
#include <QObject>
#include <QString>

class QUndoCommand;

namespace Takt {

class Document;
class EntityFields;

/**
 * What the rows of a register are about, as links of one role (an action's source, a
 * decision's artefact): a row keeps the text typed, and is linked to the entity that text
 * names, so that it follows the entity's renames and the entity knows its rows. The links are
 * read once per change of them: a table asks at every paint.
 */
class SourceLinks : public QObject
{
    Q_OBJECT

public:
    SourceLinks(Document &document, QString role, QObject *parent = nullptr);

    const QString &role() const { return m_role; }
    /** The entity @p row is linked to, or 0. */
    EntityId sourceOf(EntityId row) const;
    /** The rows linked to @p source, in the order the links were made. */
    QList<EntityId> rowsOf(EntityId source) const;
    /** How the source reads now: the linked entity's current name, or @p typed. */
    QString nameOf(EntityId row, const QString &typed) const;
    /** Adds to @p command the link from @p row to what @p text names, if it names one. */
    void link(EntityId row, const QString &text, QUndoCommand *command) const;
    /** @p row to @p source directly (an idea's action), as a child of @p command. */
    void linkTo(EntityId row, EntityId source, QUndoCommand *command) const;
    /** @p row's links of this role replaced, as children of @p command, by one to @p source
     *  (none when it is 0). */
    void relink(EntityId row, EntityId source, QUndoCommand *command) const;
    /** The text field @p field of @p row set to @p text and linked anew, as one undo step. */
    QUndoCommand *change(EntityFields *rows,
                         EntityId row,
                         int field,
                         const QString &text,
                         const QString &undoText) const;

private:
    void index() const;

    Document &m_document;
    const QString m_role;
    mutable QHash<EntityId, EntityId> m_sources; // row → its source
    mutable bool m_known = false;
};

} // namespace Takt
