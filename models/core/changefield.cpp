#include "changefield.h"

#include "commandids.h"
#include "entityfields.h"

#include <QCoreApplication>

namespace Takt {

ChangeField::ChangeField(
    EntityFields *target, EntityId id, int field, const QVariant &value, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_target(target)
    , m_entity(id)
    , m_field(field)
    , m_oldValue(target->fieldValue(id, field))
    , m_newValue(value)
{
    const QString title = target->entityTitle(id);
    setText(title.isEmpty() ? QCoreApplication::translate("UndoCommands", "Change %1")
                                  .arg(target->fieldLabel(field))
                            : QCoreApplication::translate("UndoCommands", "Change %1 of %2")
                                  .arg(target->fieldLabel(field), title));
}

void ChangeField::undo()
{
    m_target->setFieldValue(m_entity, m_field, m_oldValue);
}

void ChangeField::redo()
{
    m_target->setFieldValue(m_entity, m_field, m_newValue);
}

int ChangeField::id() const
{
    return ChangeFieldCommandId;
}

bool ChangeField::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeField *>(other);
    if (next->m_target != m_target || next->m_entity != m_entity || next->m_field != m_field)
        return false;
    m_newValue = next->m_newValue;
    setObsolete(m_newValue == m_oldValue);
    return true;
}

} // namespace Takt
