#include "jsonobjectreader.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Takt {

std::optional<QJsonObject> JsonObjectReader::read(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = parseError.offset - int(before.lastIndexOf('\n'));
        if (error)
            *error = tr("not valid JSON at line %1, column %2: %3")
                         .arg(line)
                         .arg(column)
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = tr("a Takt JSON file is one JSON object, in braces");
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QJsonObject>
JsonObjectReader::readFormat(const QByteArray &json, const QString &format, QString *error)
{
    auto object = read(json, error);
    if (!object)
        return std::nullopt;
    QString why;
    if (object->value(QLatin1String("format")).toString() != format)
        why = tr("field \"format\": this is not a %1 file").arg(format);
    else if (object->value(QLatin1String("version")).toInt() != 1)
        why = tr("field \"version\": version %1 is not one this Takt reads (1)")
                  .arg(object->value(QLatin1String("version")).toVariant().toString());
    if (why.isEmpty())
        return object;
    if (error)
        *error = why;
    return std::nullopt;
}

} // namespace Takt
