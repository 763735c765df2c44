#include "changemapfield.h"

#include "document/commandids.h"
#include "document/document.h"

#include <QCoreApplication>

namespace Takt {

ChangeMapField::ChangeMapField(Document *document,
                               EntityId mapId,
                               ValueStreamMap::Field field,
                               const QVariant &value,
                               QUndoCommand *parent)
    : ChangeValue({document, mapId, field}, document->map(mapId)->value(field), value, parent)
{
    setText(QCoreApplication::translate("UndoCommands", "Change %1 of map \"%2\"")
                .arg(ValueStreamMap::fieldName(field), document->map(mapId)->name()));
}

void ChangeMapField::apply(const QVariant &value)
{
    const auto &[document, mapId, field] = m_key;
    document->map(mapId)->setValue(field, value);
}

int ChangeMapField::id() const
{
    return ChangeMapFieldCommandId;
}

} // namespace Takt
