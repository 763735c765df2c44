#include "changeworkshopfield.h"

#include "commandids.h"
#include "document.h"

#include <QCoreApplication>

namespace Takt {

ChangeWorkshopField::ChangeWorkshopField(Document *document,
                                         WorkshopMetadata::Field field,
                                         const QVariant &value,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_field(field)
    , m_oldValue(document->metadata().value(field))
    , m_newValue(value)
{
    setText(QCoreApplication::translate("UndoCommands", "Change %1")
                .arg(WorkshopMetadata::fieldName(field)));
}

void ChangeWorkshopField::apply(const QVariant &value)
{
    WorkshopMetadata metadata = m_document->metadata();
    metadata.setValue(m_field, value);
    m_document->setMetadata(metadata);
}

void ChangeWorkshopField::undo()
{
    apply(m_oldValue);
}

void ChangeWorkshopField::redo()
{
    apply(m_newValue);
}

int ChangeWorkshopField::id() const
{
    return ChangeWorkshopFieldCommandId;
}

bool ChangeWorkshopField::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeWorkshopField *>(other);
    if (next->m_document != m_document || next->m_field != m_field)
        return false;
    m_newValue = next->m_newValue;
    setObsolete(m_newValue == m_oldValue);
    return true;
}

} // namespace Takt
