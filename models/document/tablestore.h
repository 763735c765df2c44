#pragma once

#include "core/entityid.h"
#include "core/fielddef.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace Takt {

class SqlConnection;

/**
 * One table of entities, read and written by the column names its field definitions give:
 * `id`, the parent's id column (a map's elements: `map_id`), `position` when the order is kept,
 * then each field's column(s); key/value fields in their own table. Writes are upserts of the
 * rows that changed and deletes of those removed; the caller owns the transaction.
 */
class TableStore
{
    Q_DECLARE_TR_FUNCTIONS(TableStore)

public:
    struct Row
    {
        EntityId id = 0;
        EntityId parent = 0;
        int position = 0;
    };
    using Values = QHash<int, QVariant>; // field id → value, as the field table takes it
    using Getter = std::function<QVariant(int field)>;

    TableStore(SqlConnection &db,
               const QString &table,
               const QList<FieldDef> &fields,
               const QString &parentColumn = QString(),
               bool positioned = true);
    ~TableStore();

    /** Calls @p take for every row, in parent and position order; false stops reading. */
    bool readAll(const std::function<bool(const Row &, const Values &)> &take);
    bool write(const Row &row, const Getter &value);
    bool remove(EntityId id);
    bool writePosition(EntityId id, int position);

    QString errorText() const { return m_error; }

private:
    /** id, the parent's id, position, then the fields' columns: the order values bind in. */
    QStringList columns() const;
    bool prepareWrites();
    bool fail(const QString &message);
    QVariant toSql(const FieldDef &field, const QVariant &value) const;
    bool fromSql(const FieldDef &field, const QVariant &sql, EntityId id, QVariant *value);

    SqlConnection &m_db;
    const QString m_table;
    const QList<FieldDef> m_fields;
    const QString m_parentColumn;
    const bool m_positioned;
    std::unique_ptr<QSqlQuery> m_upsert, m_delete, m_position;
    // Per key/value field: the statements that clear and insert its rows.
    QHash<int, std::shared_ptr<QSqlQuery>> m_clearChild, m_insertChild;
    QString m_error;
};

} // namespace Takt
