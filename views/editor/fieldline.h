#pragma once

#include "core/entityid.h"
#include "core/fielddef.h"

#include <QObject>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace Takt {

class Document;
class EntityListBase;

/**
 * One field of one entity as a labelled line in a Properties form: typed text is parsed as
 * the field's type and becomes one undo step when the line is left; a value that does not
 * parse is kept in the line, with the reason below it, until it is put right. The entity is
 * asked for at each edit (the selected cause changes under the line).
 */
class FieldLine : public QObject
{
    Q_OBJECT

public:
    using IdOf = std::function<EntityId()>;

    /** @p context: the translation context of the field's label. */
    FieldLine(Document *document,
              EntityListBase *list,
              const FieldDef &def,
              const char *context,
              IdOf id,
              QFormLayout *form);

    QLineEdit *edit() const { return m_edit; }
    /** Shows the stored value again, unless it is being typed or waits to be put right. */
    void refresh();

private:
    void commit();

    Document *const m_document;
    EntityListBase *const m_list;
    const FieldDef m_def;
    const IdOf m_id;
    QLineEdit *m_edit;
    QLabel *m_message;
};

} // namespace Takt
