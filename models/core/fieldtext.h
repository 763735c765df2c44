#pragma once

#include "fielddef.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace Takt {

/**
 * A field's value as typed and as shown: "45 min", "90 %", "3". Parsing is strict: a value
 * that cannot be right is refused with a message naming the field, never stored. Empty text
 * means "not measured" (an invalid QVariant); it is never read as 0.
 */
class FieldText
{
    Q_DECLARE_TR_FUNCTIONS(FieldText)

public:
    static QString format(FieldType type, const QVariant &value);
    /** Converts @p text; returns false and a message naming @p label when it is not valid. */
    static bool parse(
        FieldType type, const QString &label, const QString &text, QVariant *value, QString *error);
};

} // namespace Takt
