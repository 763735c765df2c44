#pragma once

#include "entityid.h"

#include <QUndoCommand>
#include <QVariant>

namespace Takt {

class EntityFields;

/**
 * The one command for editing a field of any entity: remembers the old value, merges with the
 * next edit of the same field of the same entity (typing into a field is one undo step) and
 * becomes obsolete when the value returns to where it started.
 */
class ChangeField : public QUndoCommand
{
public:
    ChangeField(EntityFields *target,
                EntityId id,
                int field,
                const QVariant &value,
                QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    EntityFields *const m_target;
    const EntityId m_entity;
    const int m_field;
    const QVariant m_oldValue;
    QVariant m_newValue;
};

} // namespace Takt
