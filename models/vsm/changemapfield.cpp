#include "changemapfield.h"

#include "document/commandids.h"
#include "document/document.h"

#include <QCoreApplication>

namespace Takt {

ChangeMapField::ChangeMapField(Document *document, EntityId mapId, ValueStreamMap::Field field,
                               const QVariant &value, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_mapId(mapId)
    , m_field(field)
    , m_oldValue(document->map(mapId)->value(field))
    , m_newValue(value)
{
    setText(QCoreApplication::translate("UndoCommands", "Change %1 of map \"%2\"")
                .arg(ValueStreamMap::fieldName(field), document->map(mapId)->name()));
}

void ChangeMapField::undo()
{
    m_document->map(m_mapId)->setValue(m_field, m_oldValue);
}

void ChangeMapField::redo()
{
    m_document->map(m_mapId)->setValue(m_field, m_newValue);
}

int ChangeMapField::id() const
{
    return ChangeMapFieldCommandId;
}

bool ChangeMapField::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeMapField *>(other);
    if (next->m_document != m_document || next->m_mapId != m_mapId || next->m_field != m_field)
        return false;
    m_newValue = next->m_newValue;
    setObsolete(m_newValue == m_oldValue);
    return true;
}

} // namespace Takt
