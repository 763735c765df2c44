#include "attributetext.h"

#include <QStringList>

namespace Takt {

QList<QPair<QString, QString>> AttributeText::parse(const QString &text)
{
    QList<QPair<QString, QString>> attributes;
    for (const QString &item : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = item.section(QLatin1Char(':'), 0, 0).trimmed();
        if (!key.isEmpty())
            attributes << qMakePair(key, item.section(QLatin1Char(':'), 1).trimmed());
    }
    return attributes;
}

QString AttributeText::format(const QList<QPair<QString, QString>> &attributes)
{
    QStringList items;
    for (const auto &[key, value] : attributes)
        items << key + QStringLiteral(": ") + value;
    return items.join(QStringLiteral("; "));
}

} // namespace Takt
