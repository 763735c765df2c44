#pragma once

#include "core/entitylist.h"
#include "tablestore.h"

namespace Takt {

/** An EntityList and its table: loads the rows into lists by parent, and flushes only the
 *  rows that changed (marking them stored is the caller's, once the transaction commits). */
namespace ListStore {

template<typename T>
TableStore table(SqlConnection &db,
                 const QString &name,
                 const FieldTable<T> &fields,
                 const QString &parentColumn = QString(),
                 bool positioned = true)
{
    return TableStore(db, name, fields.defs(), parentColumn, positioned);
}

/** Reads every row, calling @p take(parent, entity) in parent and position order. */
template<typename T, typename Take>
bool read(TableStore &table, const FieldTable<T> &fields, Take take)
{
    return table.readAll([&](const TableStore::Row &row, const TableStore::Values &values) {
        T entity {};
        entity.id = row.id;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            fields.setValue(entity, it.key(), it.value());
        return take(row.parent, entity);
    });
}

template<typename T> bool flush(TableStore &table, const EntityList<T> &list, EntityId parent)
{
    for (EntityId id : list.removedIds())
        if (!list.contains(id) && !table.remove(id))
            return false;
    const bool reposition = list.orderChanged();
    for (int i = 0; i < list.count(); ++i) {
        const T &item = list.items().at(i);
        if (list.dirtyIds().contains(item.id)) {
            const auto value = [&](int field) { return list.fieldTable().value(item, field); };
            if (!table.write({item.id, parent, i}, value))
                return false;
        } else if (reposition && !table.writePosition(item.id, i)) {
            return false;
        }
    }
    return true;
}

/** A whole table without a parent column (a kind's own, its rows naming their parents in
 *  fields) read into @p list; the table's error in @p error otherwise. */
template<typename T>
bool loadTable(SqlConnection &db, const QString &name, EntityList<T> &list, QString *error)
{
    TableStore t = table(db, name, list.fieldTable());
    QList<T> rows;
    const bool ok = read(t, list.fieldTable(), [&rows](EntityId, const T &row) {
        rows << row;
        return true;
    });
    if (!ok) {
        if (error)
            *error = t.errorText();
        return false;
    }
    list.load(rows);
    return true;
}

/** @p list's changes written to its table @p name (no parent column). */
template<typename T>
bool flushTable(SqlConnection &db, const QString &name, const EntityList<T> &list, QString *error)
{
    TableStore t = table(db, name, list.fieldTable());
    if (flush(t, list, 0))
        return true;
    if (error)
        *error = t.errorText();
    return false;
}

} // namespace ListStore

} // namespace Takt
