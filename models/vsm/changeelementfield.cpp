#include "changeelementfield.h"

#include "document/commandids.h"
#include "document/document.h"
#include "valuestreammap.h"

#include <QCoreApplication>

namespace Takt {

ChangeElementField::ChangeElementField(Document *document, EntityId mapId, EntityId elementId,
                                       ElementField field, const QVariant &value,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_mapId(mapId)
    , m_elementId(elementId)
    , m_field(field)
    , m_newValue(value)
{
    const MapElement *element = document->map(mapId)->element(elementId);
    m_oldValue = element->value(field);
    setText(QCoreApplication::translate("UndoCommands", "Change %1 of \"%2\"")
                .arg(MapElement::fieldName(field), element->name));
}

void ChangeElementField::apply(const QVariant &value)
{
    m_document->map(m_mapId)->setElementValue(m_elementId, m_field, value);
}

void ChangeElementField::undo()
{
    apply(m_oldValue);
}

void ChangeElementField::redo()
{
    apply(m_newValue);
}

int ChangeElementField::id() const
{
    return ChangeElementFieldCommandId;
}

bool ChangeElementField::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeElementField *>(other);
    if (next->m_document != m_document || next->m_mapId != m_mapId
        || next->m_elementId != m_elementId || next->m_field != m_field)
        return false;
    m_newValue = next->m_newValue;
    setObsolete(m_newValue == m_oldValue);
    return true;
}

} // namespace Takt
