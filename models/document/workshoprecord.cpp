#include "workshoprecord.h"

#include "tablestore.h"

namespace Takt {

namespace {
TableStore workshopTable(SqlConnection &db)
{
    return TableStore(db, QStringLiteral("workshop"), WorkshopMetadata::fields().defs(), QString(),
                      false);
}
} // namespace

bool WorkshopRecord::load(SqlConnection &db, QString *error)
{
    TableStore table = workshopTable(db);
    bool found = false;
    const bool ok = table.readAll([&](const TableStore::Row &, const TableStore::Values &values) {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            WorkshopMetadata::fields().setValue(m_metadata, it.key(), it.value());
        found = true;
        return true;
    });
    if (!ok || !found) {
        if (error)
            *error = ok ? TableStore::tr("the workshop row is missing") : table.errorText();
        return false;
    }
    m_dirty = false;
    return true;
}

bool WorkshopRecord::flush(SqlConnection &db, QString *error)
{
    TableStore table = workshopTable(db);
    const bool ok = table.write({Id, 0, 0}, [this](int field) {
        return WorkshopMetadata::fields().value(m_metadata, field);
    });
    if (!ok && error)
        *error = table.errorText();
    return ok;
}

QVariant WorkshopRecord::fieldValue(EntityId, int field) const
{
    return WorkshopMetadata::fields().value(m_metadata, field);
}

void WorkshopRecord::setFieldValue(EntityId, int field, const QVariant &value)
{
    WorkshopMetadata::fields().setValue(m_metadata, field, value);
    m_dirty = true;
    Q_EMIT changed();
}

QString WorkshopRecord::fieldLabel(int field) const
{
    return WorkshopMetadata::fields().label(field);
}

QString WorkshopRecord::entityTitle(EntityId) const
{
    return {}; // "Change Title": there is one workshop
}

} // namespace Takt
