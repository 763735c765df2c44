#pragma once

#include "fielddef.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QVariant>

#include <optional>

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
    /** Converts @p text as @p field says, within its limits; returns false and the reason when
     *  it is not valid. The reason names no field: it is shown next to it, or after its name. */
    static bool parse(const FieldDef &field, const QString &text, QVariant *value, QString *reason);
    /** What to say about an accepted @p value that is still worth a second look, or nothing. */
    static QString warning(const FieldDef &field, const QVariant &value);
    /** "3 Dec 2026"; empty for no date. */
    static QString formatDate(const QDate &date);
    /** A date as typed: ISO 8601, the locale's short or long form, or "3 Dec 2026". */
    static std::optional<QDate> parseDate(const QString &text, const QLocale &locale);
    /** "a duration cannot be negative" as a sentence: "A duration cannot be negative." */
    static QString sentence(const QString &reason);
};

} // namespace Takt
