#pragma once

#include "core/entityid.h"
#include "core/fieldtable.h"

#include <QString>

namespace Takt {

/** A register that is a name and its rows (RegisterStore): the decisions log, the parking
 *  lot. A kind whose register has more to it (the attendance's days) has its own. */
struct NamedRegister
{
    enum class Field { Name };
    EntityId id = 0;
    QString name;

    static const FieldTable<NamedRegister> &fields()
    {
        using Table = FieldTable<NamedRegister>;
        static const Table table(
            "NamedRegister",
            {Table::member(FieldDef {int(Field::Name), "name", FieldType::Text,
                                     QT_TRANSLATE_NOOP("NamedRegister", "Name"), "name"},
                           &NamedRegister::name)});
        return table;
    }
};

} // namespace Takt
