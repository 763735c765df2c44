#pragma once

#include "entityid.h"

#include <QString>
#include <QVariant>

namespace Takt {

/** What holds entities whose fields can be edited one at a time: the generic change-field
 *  command talks to this, whether the entities live in a list, a store or a single record. */
class EntityFields
{
public:
    virtual ~EntityFields() = default;

    virtual QVariant fieldValue(EntityId id, int field) const = 0;
    /** Sets the field and announces the change; undo commands only. */
    virtual void setFieldValue(EntityId id, int field, const QVariant &value) = 0;
    /** Translated, as an undo command names it. */
    virtual QString fieldLabel(int field) const = 0;
    /** How an undo command names the entity, e.g. "\"Labeling\"" or "map \"Current\"";
     *  empty for a record that needs no name. */
    virtual QString entityTitle(EntityId id) const = 0;
};

} // namespace Takt
