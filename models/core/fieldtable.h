#pragma once

#include "fielddef.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>
#include <type_traits>

namespace Takt {

/** The values fields hold, in and out of a QVariant: an absent optional is an invalid
 *  QVariant, an enum its int, key/value pairs a list of two-string lists. */
namespace FieldValue {

inline QVariant toVariant(const QString &v)
{
    return v;
}
inline QVariant toVariant(bool v)
{
    return v;
}
inline QVariant toVariant(double v)
{
    return v;
}
inline QVariant toVariant(int v)
{
    return v;
}
inline QVariant toVariant(qint64 v)
{
    return v;
}
inline QVariant toVariant(const QDate &v)
{
    return v;
}
inline QVariant toVariant(const QPointF &v)
{
    return v;
}
QVariant toVariant(const QList<QPair<QString, QString>> &pairs);
template<typename E, std::enable_if_t<std::is_enum_v<E>, int> = 0> QVariant toVariant(E v)
{
    return int(v);
}
template<typename T> QVariant toVariant(const std::optional<T> &v)
{
    return v ? toVariant(*v) : QVariant();
}

inline bool isAbsent(const QVariant &v)
{
    return !v.isValid() || v.isNull();
}
inline void fromVariant(const QVariant &v, QString *out)
{
    *out = v.toString();
}
inline void fromVariant(const QVariant &v, bool *out)
{
    *out = v.toBool();
}
inline void fromVariant(const QVariant &v, double *out)
{
    *out = v.toDouble();
}
inline void fromVariant(const QVariant &v, int *out)
{
    *out = v.toInt();
}
inline void fromVariant(const QVariant &v, qint64 *out)
{
    *out = v.toLongLong();
}
inline void fromVariant(const QVariant &v, QDate *out)
{
    *out = v.toDate();
}
inline void fromVariant(const QVariant &v, QPointF *out)
{
    *out = v.toPointF();
}
void fromVariant(const QVariant &v, QList<QPair<QString, QString>> *out);
template<typename E, std::enable_if_t<std::is_enum_v<E>, int> = 0>
void fromVariant(const QVariant &v, E *out)
{
    *out = E(v.toInt());
}
template<typename T> void fromVariant(const QVariant &v, std::optional<T> *out)
{
    if (isAbsent(v)) {
        out->reset();
        return;
    }
    T value {};
    fromVariant(v, &value);
    *out = value;
}

} // namespace FieldValue

/**
 * The fields of one entity type, each with its accessors: what the generic change-field
 * command edits, the store writes to its columns by name, JSON and the clipboard carry by
 * key, and the editors label. One table per type replaces a value/setValue/fieldName switch.
 */
template<typename T> class FieldTable
{
public:
    struct Field
    {
        FieldDef def;
        std::function<QVariant(const T &)> get;
        std::function<void(T &, const QVariant &)> set;
    };

    FieldTable(const char *context, QList<Field> fields)
        : m_context(context)
        , m_fields(std::move(fields))
    {
        for (int i = 0; i < m_fields.size(); ++i) {
            m_byId.insert(m_fields.at(i).def.id, i);
            m_byKey.insert(QLatin1String(m_fields.at(i).def.key), i);
        }
    }

    const QList<Field> &fields() const { return m_fields; }
    const Field *find(int id) const
    {
        const int i = m_byId.value(id, -1);
        return i < 0 ? nullptr : &m_fields.at(i);
    }
    const Field *find(const QString &key) const
    {
        const int i = m_byKey.value(key, -1);
        return i < 0 ? nullptr : &m_fields.at(i);
    }
    QList<FieldDef> defs() const
    {
        QList<FieldDef> defs;
        for (const Field &f : m_fields)
            defs << f.def;
        return defs;
    }
    QVariant value(const T &entity, int id) const
    {
        const Field *f = find(id);
        return f ? f->get(entity) : QVariant();
    }
    void setValue(T &entity, int id, const QVariant &value) const
    {
        if (const Field *f = find(id))
            f->set(entity, value);
    }
    /** Translated; empty for a field nobody edits by name. */
    QString label(int id) const
    {
        const Field *f = find(id);
        return f && f->def.label ? QCoreApplication::translate(m_context, f->def.label) : QString();
    }
    QString key(int id) const
    {
        const Field *f = find(id);
        return f ? QString::fromLatin1(f->def.key) : QString();
    }
    const char *context() const { return m_context; }

    /** A Choice field's key for @p value ("" when it has none), and back. */
    QString choiceKey(int id, int value) const
    {
        if (const Field *f = find(id))
            for (const FieldChoice &c : f->def.choices)
                if (c.value == value)
                    return QString::fromLatin1(c.key);
        return {};
    }
    std::optional<int> choiceValue(int id, const QString &key) const
    {
        if (const Field *f = find(id))
            for (const FieldChoice &c : f->def.choices)
                if (key == QLatin1String(c.key))
                    return c.value;
        return std::nullopt;
    }
    /** Translated in the table's context. */
    QString choiceLabel(int id, int value) const
    {
        if (const Field *f = find(id))
            for (const FieldChoice &c : f->def.choices)
                if (c.value == value && c.label)
                    return QCoreApplication::translate(m_context, c.label);
        return {};
    }

    /** A field read and written through a data member. */
    template<typename M> static Field member(FieldDef def, M T::*m)
    {
        return {def, [m](const T &e) { return FieldValue::toVariant(e.*m); },
                [m](T &e, const QVariant &v) { FieldValue::fromVariant(v, &(e.*m)); }};
    }

private:
    const char *m_context;
    QList<Field> m_fields;
    QHash<int, int> m_byId;
    QHash<QString, int> m_byKey;
};

} // namespace Takt
