#include "fieldtable.h"

namespace Takt::FieldValue {

QVariant toVariant(const QList<QPair<QString, QString>> &pairs)
{
    QVariantList list;
    for (const auto &[key, value] : pairs)
        list << QVariant(QStringList {key, value});
    return list;
}

void fromVariant(const QVariant &v, QList<QPair<QString, QString>> *out)
{
    out->clear();
    for (const QVariant &pair : v.toList()) {
        const QStringList keyValue = pair.toStringList();
        *out << qMakePair(keyValue.value(0), keyValue.value(1));
    }
}

} // namespace Takt::FieldValue
