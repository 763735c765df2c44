#include "tablestore.h"

#include "sqlconnection.h"

#include <QDate>
#include <QPointF>
#include <QSqlError>
#include <QSqlRecord>
#include <QStringList>

namespace Takt {

namespace {

QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

bool isAbsent(const QVariant &v)
{
    return !v.isValid() || v.isNull();
}

} // namespace

TableStore::TableStore(SqlConnection &db,
                       const QString &table,
                       const QList<FieldDef> &fields,
                       const QString &parentColumn,
                       bool positioned)
    : m_db(db)
    , m_table(table)
    , m_fields(fields)
    , m_parentColumn(parentColumn)
    , m_positioned(positioned)
{ }

TableStore::~TableStore() = default;

bool TableStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

QVariant TableStore::toSql(const FieldDef &field, const QVariant &value) const
{
    switch (field.type) {
    case FieldType::Text:
        // A null QString binds as SQL NULL; the text columns are NOT NULL.
        return value.toString().isNull() ? QVariant(QStringLiteral(""))
                                         : QVariant(value.toString());
    case FieldType::Number:
    case FieldType::Fraction:
    case FieldType::Duration:
    case FieldType::Coordinate:
        return isAbsent(value) ? QVariant() : QVariant(value.toDouble());
    case FieldType::WholeNumber:
        return isAbsent(value) ? QVariant() : QVariant(value.toInt());
    case FieldType::Boolean:
        return value.toBool() ? 1 : 0;
    case FieldType::Date: {
        const QDate date = value.toDate();
        return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
    }
    case FieldType::Choice:
        if (!isAbsent(value))
            for (const FieldChoice &choice : field.choices)
                if (choice.value == value.toInt())
                    return latin(choice.key);
        return field.optional || field.choices.isEmpty()
            ? QVariant()
            : QVariant(latin(field.choices.first().key));
    case FieldType::Reference:
        return value.toLongLong() ? QVariant(value.toLongLong()) : QVariant();
    case FieldType::Point:
    case FieldType::KeyValues:
        break; // written apart
    }
    return {};
}

bool TableStore::fromSql(const FieldDef &field, const QVariant &sql, EntityId id, QVariant *value)
{
    switch (field.type) {
    case FieldType::Text:
        *value = sql.toString();
        return true;
    case FieldType::Number:
    case FieldType::Fraction:
    case FieldType::Duration:
    case FieldType::Coordinate:
        *value = sql.isNull() ? QVariant() : QVariant(sql.toDouble());
        return true;
    case FieldType::WholeNumber:
        *value = sql.isNull() ? QVariant() : QVariant(sql.toInt());
        return true;
    case FieldType::Boolean:
        *value = sql.toBool();
        return true;
    case FieldType::Date:
        *value = QDate::fromString(sql.toString(), Qt::ISODate);
        return true;
    case FieldType::Reference:
        *value = sql.toLongLong();
        return true;
    case FieldType::Choice:
        if (sql.isNull()) {
            *value = field.optional || field.choices.isEmpty()
                ? QVariant()
                : QVariant(field.choices.first().value);
            return true;
        }
        for (const FieldChoice &choice : field.choices) {
            if (sql.toString() == QLatin1String(choice.key)) {
                *value = choice.value;
                return true;
            }
        }
        if (!field.identity) {
            // A value a later Takt may add: read as no choice, or the first, not as an error.
            *value = field.optional || field.choices.isEmpty()
                ? QVariant()
                : QVariant(field.choices.first().value);
            return true;
        }
        return fail(tr("%1 %2 has an unknown %3 \"%4\"")
                        .arg(m_table)
                        .arg(id)
                        .arg(latin(field.column), sql.toString()));
    case FieldType::Point:
    case FieldType::KeyValues:
        break;
    }
    return true;
}

QStringList TableStore::columns() const
{
    QStringList columns {QStringLiteral("id")};
    if (!m_parentColumn.isEmpty())
        columns << m_parentColumn;
    if (m_positioned)
        columns << QStringLiteral("position");
    for (const FieldDef &f : m_fields) {
        if (f.column)
            columns << latin(f.column);
        if (f.column2)
            columns << latin(f.column2);
    }
    return columns;
}

bool TableStore::readAll(const std::function<bool(const Row &, const Values &)> &take)
{
    const QStringList columns = this->columns();

    // Key/value fields first, by parent: one query each rather than one per row.
    QHash<int, QHash<EntityId, QVariantList>> pairs;
    for (const FieldDef &f : m_fields) {
        if (f.type != FieldType::KeyValues || !f.childTable)
            continue;
        QSqlQuery q(m_db.database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1, key, value FROM %2 ORDER BY %1, position")
                        .arg(latin(f.childColumn), latin(f.childTable))))
            return fail(q.lastError().text());
        auto &byParent = pairs[f.id];
        while (q.next())
            byParent[q.value(0).toLongLong()]
                << QVariant(QStringList {q.value(1).toString(), q.value(2).toString()});
    }

    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    QString order = m_parentColumn.isEmpty() ? QString() : m_parentColumn + QStringLiteral(", ");
    order += m_positioned ? QStringLiteral("position, id") : QStringLiteral("id");
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                    .arg(columns.join(QStringLiteral(", ")), m_table, order)))
        return fail(q.lastError().text());
    // By name: a column added by a later format, or written in another order, reads right.
    const QSqlRecord record = q.record();
    const int idColumn = record.indexOf(QStringLiteral("id"));
    const int parentColumn = m_parentColumn.isEmpty() ? -1 : record.indexOf(m_parentColumn);
    const int positionColumn = m_positioned ? record.indexOf(QStringLiteral("position")) : -1;
    QHash<int, QPair<int, int>> fieldColumns;
    for (const FieldDef &f : m_fields)
        fieldColumns.insert(f.id,
                            {f.column ? record.indexOf(latin(f.column)) : -1,
                             f.column2 ? record.indexOf(latin(f.column2)) : -1});
    while (q.next()) {
        Row row;
        row.id = q.value(idColumn).toLongLong();
        row.parent = parentColumn < 0 ? 0 : q.value(parentColumn).toLongLong();
        row.position = positionColumn < 0 ? 0 : q.value(positionColumn).toInt();
        Values values;
        for (const FieldDef &f : m_fields) {
            const auto [first, second] = fieldColumns.value(f.id);
            if (f.type == FieldType::KeyValues) {
                values.insert(f.id, pairs.value(f.id).value(row.id));
            } else if (f.type == FieldType::Point) {
                values.insert(f.id, QPointF(q.value(first).toDouble(), q.value(second).toDouble()));
            } else if (first >= 0) {
                QVariant value;
                if (!fromSql(f, q.value(first), row.id, &value))
                    return false;
                values.insert(f.id, value);
            }
        }
        if (!take(row, values))
            return false;
    }
    return true;
}

bool TableStore::prepareWrites()
{
    if (m_upsert)
        return true;
    const QStringList columns = this->columns();
    QStringList placeholders, updates;
    for (const QString &column : std::as_const(columns)) {
        placeholders << QStringLiteral("?");
        if (column != QLatin1String("id"))
            updates << QStringLiteral("%1 = excluded.%1").arg(column);
    }
    // An upsert, not INSERT OR REPLACE: a replace would delete the row first, and with it,
    // through ON DELETE CASCADE, every row that refers to it.
    m_upsert = std::make_unique<QSqlQuery>(m_db.database());
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO %4")
                            .arg(m_table, columns.join(QStringLiteral(", ")),
                                 placeholders.join(QStringLiteral(", ")),
                                 updates.isEmpty() ? QStringLiteral("NOTHING")
                                                   : QStringLiteral("UPDATE SET ")
                                         + updates.join(QStringLiteral(", ")));
    if (!m_upsert->prepare(sql))
        return fail(m_upsert->lastError().text());
    m_delete = std::make_unique<QSqlQuery>(m_db.database());
    if (!m_delete->prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_table)))
        return fail(m_delete->lastError().text());
    if (m_positioned) {
        m_position = std::make_unique<QSqlQuery>(m_db.database());
        if (!m_position->prepare(
                QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?").arg(m_table)))
            return fail(m_position->lastError().text());
    }
    for (const FieldDef &f : m_fields) {
        if (f.type != FieldType::KeyValues || !f.childTable)
            continue;
        auto clear = std::make_shared<QSqlQuery>(m_db.database());
        if (!clear->prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                                .arg(latin(f.childTable), latin(f.childColumn))))
            return fail(clear->lastError().text());
        m_clearChild.insert(f.id, clear);
        auto insert = std::make_shared<QSqlQuery>(m_db.database());
        if (!insert->prepare(QStringLiteral("INSERT INTO %1 (%2, position, key, value) "
                                            "VALUES (?, ?, ?, ?)")
                                 .arg(latin(f.childTable), latin(f.childColumn))))
            return fail(insert->lastError().text());
        m_insertChild.insert(f.id, insert);
    }
    return true;
}

bool TableStore::write(const Row &row, const Getter &value)
{
    if (!prepareWrites())
        return false;
    int i = 0;
    m_upsert->bindValue(i++, row.id);
    if (!m_parentColumn.isEmpty())
        m_upsert->bindValue(i++, row.parent);
    if (m_positioned)
        m_upsert->bindValue(i++, row.position);
    for (const FieldDef &f : m_fields) {
        if (f.type == FieldType::Point) {
            const QPointF p = value(f.id).toPointF();
            m_upsert->bindValue(i++, p.x());
            m_upsert->bindValue(i++, p.y());
        } else if (f.column) {
            m_upsert->bindValue(i++, toSql(f, value(f.id)));
        }
    }
    if (!m_upsert->exec())
        return fail(m_upsert->lastError().text());
    for (const FieldDef &f : m_fields) {
        if (f.type != FieldType::KeyValues || !f.childTable)
            continue;
        QSqlQuery &clear = *m_clearChild.value(f.id);
        clear.bindValue(0, row.id);
        if (!clear.exec())
            return fail(clear.lastError().text());
        QSqlQuery &insert = *m_insertChild.value(f.id);
        const QVariantList pairs = value(f.id).toList();
        for (int p = 0; p < pairs.size(); ++p) {
            const QStringList pair = pairs.at(p).toStringList();
            insert.bindValue(0, row.id);
            insert.bindValue(1, p);
            insert.bindValue(2, pair.value(0, QStringLiteral("")));
            insert.bindValue(3, pair.value(1, QStringLiteral("")));
            if (!insert.exec())
                return fail(insert.lastError().text());
        }
    }
    return true;
}

bool TableStore::remove(EntityId id)
{
    if (!prepareWrites())
        return false;
    m_delete->bindValue(0, id);
    return m_delete->exec() || fail(m_delete->lastError().text());
}

bool TableStore::writePosition(EntityId id, int position)
{
    if (!m_positioned)
        return true; // its rows are read in id order
    if (!prepareWrites())
        return false;
    m_position->bindValue(0, position);
    m_position->bindValue(1, id);
    return m_position->exec() || fail(m_position->lastError().text());
}

} // namespace Takt
