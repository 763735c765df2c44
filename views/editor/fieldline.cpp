#include "fieldline.h"

#include "core/changefield.h"
#include "core/entitylistbase.h"
#include "core/fieldtext.h"
#include "document/document.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>

namespace Takt {

FieldLine::FieldLine(Document *document,
                     EntityListBase *list,
                     const FieldDef &def,
                     const char *context,
                     IdOf id,
                     QFormLayout *form)
    : QObject(form->parentWidget())
    , m_document(document)
    , m_list(list)
    , m_def(def)
    , m_id(std::move(id))
    , m_edit(new QLineEdit(form->parentWidget()))
    , m_message(new QLabel(form->parentWidget()))
{
    m_edit->setObjectName(QLatin1String(def.key));
    m_message->setWordWrap(true);
    m_message->hide();
    const QString label = QCoreApplication::translate(context, def.label);
    m_edit->setAccessibleName(label);
    connect(m_edit, &QLineEdit::editingFinished, this, &FieldLine::commit);
    form->addRow(label + QLatin1Char(':'), m_edit);
    form->addRow(m_message);
}

void FieldLine::commit()
{
    const EntityId id = m_id();
    if (!id)
        return;
    QVariant value;
    QString reason;
    if (!FieldText::parse(m_def, m_edit->text(), &value, &reason)) {
        m_message->setText(FieldText::sentence(reason));
        m_message->show();
        return;
    }
    m_message->hide();
    if (value != m_list->fieldValue(id, m_def.id))
        m_document->undoStack()->push(new ChangeField(m_list, id, m_def.id, value));
}

void FieldLine::refresh()
{
    if (m_edit->hasFocus() || !m_message->isHidden())
        return;
    m_edit->setText(FieldText::format(m_def.type, m_list->fieldValue(m_id(), m_def.id)));
    m_edit->setCursorPosition(0);
}

} // namespace Takt
