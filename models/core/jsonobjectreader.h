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
};

} // namespace Takt
