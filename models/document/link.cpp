#include "link.h"

namespace Takt {

const FieldTable<Link> &Link::fields()
{
    using Table = FieldTable<Link>;
    static const Table table(
        "Link",
        {
            Table::member(
                FieldDef {int(Field::From), "from", FieldType::Reference, nullptr, "from_id"},
                &Link::from),
            Table::member(FieldDef {int(Field::To), "to", FieldType::Reference, nullptr, "to_id"},
                          &Link::to),
            Table::member(FieldDef {int(Field::Role), "role", FieldType::Text, nullptr, "role"},
                          &Link::role),
        });
    return table;
}

} // namespace Takt
