#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Takt {

/** The first step of reading any Takt JSON file: one JSON object, or a message saying where
 *  the text stops being JSON (line and column), as every importer words it. */
class JsonObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonObjectReader)

public:
    static std::optional<QJsonObject> read(const QByteArray &json, QString *error);
    /** read(), and the object's "format" is @p format at version 1, the one this Takt reads;
     *  else a message naming the field. */
    static std::optional<QJsonObject>
    readFormat(const QByteArray &json, const QString &format, QString *error);
};

} // namespace Takt
