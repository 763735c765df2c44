#include "changeelementfield.h"

#include "document/commandids.h"
#include "document/document.h"
#include "valuestreammap.h"

#include <QCoreApplication>

namespace Takt {

namespace {
const MapElement &elementOf(Document *document, EntityId mapId, EntityId elementId)
{
    return *document->map(mapId)->element(elementId);
}
} // namespace

ChangeElementField::ChangeElementField(Document *document,
                                       EntityId mapId,
                                       EntityId elementId,
                                       ElementField field,
                                       const QVariant &value,
                                       QUndoCommand *parent)
    : ChangeValue({document, mapId, elementId, field},
                  elementOf(document, mapId, elementId).value(field),
                  value,
                  parent)
{
    setText(QCoreApplication::translate("UndoCommands", "Change %1 of \"%2\"")
                .arg(MapElement::fieldName(field), elementOf(document, mapId, elementId).name));
}

void ChangeElementField::apply(const QVariant &value)
{
    const auto &[document, mapId, elementId, field] = m_key;
    document->map(mapId)->setElementValue(elementId, field, value);
}

int ChangeElementField::id() const
{
    return ChangeElementFieldCommandId;
}

} // namespace Takt
