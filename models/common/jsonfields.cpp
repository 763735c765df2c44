#include "jsonfields.h"

#include <QJsonArray>

namespace Takt {

JsonFields::JsonFields(const QJsonObject &object, QString where, QString *error)
    : m_object(object)
    , m_where(std::move(where))
    , m_error(error)
{ }

bool JsonFields::onlyKnown(const QSet<QString> &known, const QString &format)
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it)
        if (!known.contains(it.key())) {
            *m_error
                = tr("%1: \"%2\" is not a field of the %3 format").arg(m_where, it.key(), format);
            return false;
        }
    return true;
}

std::optional<QList<JsonFields::Item>> JsonFields::objects(const QJsonValue &value,
                                                           const QString &where,
                                                           const QString &notAList,
                                                           const QString &notAnObject,
                                                           QString *error)
{
    QList<Item> items;
    if (value.isUndefined() || value.isNull())
        return items;
    if (!value.isArray()) {
        *error = notAList.arg(where);
        return std::nullopt;
    }
    const QJsonArray list = value.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString here = QStringLiteral("%1[%2]").arg(where).arg(i);
        if (!list.at(i).isObject()) {
            *error = notAnObject.arg(here);
            return std::nullopt;
        }
        items << Item {here, list.at(i).toObject()};
    }
    return items;
}

bool JsonFields::fail(const char *key, const QString &why)
{
    *m_error = tr("%1, field \"%2\": %3").arg(m_where, QLatin1String(key), why);
    return false;
}

bool JsonFields::text(const char *key, QString *out)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return fail(key, tr("write text in quotes"));
    *out = v.toString();
    return true;
}

bool JsonFields::date(const char *key, QDate *out)
{
    QString value;
    if (!text(key, &value))
        return false;
    if (value.isEmpty())
        return true;
    *out = QDate::fromString(value, Qt::ISODate);
    return out->isValid() || fail(key, tr("\"%1\" is not a date as YYYY-MM-DD").arg(value));
}

bool JsonFields::boolean(const char *key, bool *out)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isBool())
        return fail(key, tr("write true or false"));
    *out = v.toBool();
    return true;
}

bool JsonFields::number(const char *key, std::optional<double> *out)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isDouble())
        return fail(key, tr("write a number"));
    *out = v.toDouble();
    return true;
}

bool JsonFields::choice(const char *key, const QStringList &keys, int *out)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    const int index = int(keys.indexOf(v.toString()));
    if (!v.isString() || index < 0)
        return fail(key,
                    tr("\"%1\" is not one of %2")
                        .arg(v.toVariant().toString(), keys.join(QStringLiteral(", "))));
    *out = index;
    return true;
}

} // namespace Takt
