#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Takt {

/** Reading one JSON object's fields strictly, as every Takt format does: an unknown key, a
 *  value of the wrong type or a bad date refused with a message naming @p where (the item's
 *  place, "causes[0]") and the field. An absent or null field leaves the value as it was. */
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    JsonFields(const QJsonObject &object, QString where, QString *error);

    /** Every key of the object is one of @p known; else names the first that is not, as a
     *  field of @p format. */
    bool onlyKnown(const QSet<QString> &known, const QString &format);
    bool text(const char *key, QString *out);
    bool date(const char *key, QDate *out);
    bool boolean(const char *key, bool *out);
    bool number(const char *key, std::optional<double> *out);
    /** One of @p keys (a stage, a status), as its index in the list. */
    bool choice(const char *key, const QStringList &keys, int *out);
    /** @p value as a list of objects, each with its place ("causes[2]"): absent or null is
     *  none; not a list is refused with @p notAList (%1: @p where), an item that is not an
     *  object with @p notAnObject (%1: its place). */
    struct Item
    {
        QString where;
        QJsonObject object;
    };
    static std::optional<QList<Item>> objects(const QJsonValue &value,
                                              const QString &where,
                                              const QString &notAList,
                                              const QString &notAnObject,
                                              QString *error);
    /** Fails with "WHERE, field "KEY": @p why". */
    bool fail(const char *key, const QString &why);

private:
    // A copy (shared, not deep): the fields are often read from a temporary, value.toObject().
    const QJsonObject m_object;
    const QString m_where;
    QString *const m_error;
};

} // namespace Takt
