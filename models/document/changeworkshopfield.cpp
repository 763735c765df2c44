#include "changeworkshopfield.h"

#include "commandids.h"
#include "document.h"

#include <QCoreApplication>

namespace Takt {

ChangeWorkshopField::ChangeWorkshopField(Document *document,
                                         WorkshopMetadata::Field field,
                                         const QVariant &value,
                                         QUndoCommand *parent)
    : ChangeValue({document, field}, document->metadata().value(field), value, parent)
{
    setText(QCoreApplication::translate("UndoCommands", "Change %1")
                .arg(WorkshopMetadata::fieldName(field)));
}

void ChangeWorkshopField::apply(const QVariant &value)
{
    Document *document = m_key.first;
    WorkshopMetadata metadata = document->metadata();
    metadata.setValue(m_key.second, value);
    document->setMetadata(metadata);
}

int ChangeWorkshopField::id() const
{
    return ChangeWorkshopFieldCommandId;
}

} // namespace Takt
