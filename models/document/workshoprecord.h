#pragma once

#include "core/entityfields.h"
#include "workshopmetadata.h"

#include <QObject>

namespace Takt {

class SqlConnection;

/**
 * The workshop's own record (title, dates, team, objective, notes): one row of every document,
 * edited field by field through ChangeField like any entity (its id is WorkshopRecord::Id).
 */
class WorkshopRecord : public QObject, public EntityFields
{
    Q_OBJECT

public:
    static constexpr EntityId Id = 1; // the workshop table's only row

    using QObject::QObject;

    const WorkshopMetadata &metadata() const { return m_metadata; }

    bool load(SqlConnection &db, QString *error);
    bool isDirty() const { return m_dirty; }
    bool flush(SqlConnection &db, QString *error);
    void markStored() { m_dirty = false; }

    QVariant fieldValue(EntityId id, int field) const override;
    void setFieldValue(EntityId id, int field, const QVariant &value) override;
    QString fieldLabel(int field) const override;
    QString entityTitle(EntityId id) const override;

Q_SIGNALS:
    void changed();

private:
    WorkshopMetadata m_metadata;
    bool m_dirty = false;
};

} // namespace Takt
