#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace Takt {

/** A CSV header's columns matched by name, case-insensitively and in any order, as every
 *  importer takes them: an unknown or repeated column, or a missing required one, is refused
 *  with a message naming it (on line 1). */
class CsvColumns
{
    Q_DECLARE_TR_FUNCTIONS(CsvColumns)

public:
    /** For each cell of @p header, its index in @p known; @p what names the table ("the
     *  action register") in the message. */
    static std::optional<QList<int>> match(const QStringList &header,
                                           const QStringList &known,
                                           const QString &required,
                                           const QString &what,
                                           QString *problem);
};

} // namespace Takt
