#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Takt {

/** An element's free attributes as one line, quick to type in a workshop:
 *  "GPU hours: 20; tool: Airflow". A part without a name before its colon is dropped. */
class AttributeText
{
public:
    static QList<QPair<QString, QString>> parse(const QString &text);
    static QString format(const QList<QPair<QString, QString>> &attributes);
};

} // namespace Takt
