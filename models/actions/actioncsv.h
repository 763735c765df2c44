#pragma once

#include "actionitem.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Takt {

/**
 * The action register as CSV (RFC 4180, UTF-8 with or without a byte order mark, CRLF or
 * LF): the header `What,Owner,Due,Status,Priority,Verifier,Source,Notes`, matched by name
 * whatever the case and in any order; only What is required, an unknown column is refused.
 * A file is read whole or not at all: a bad row is named with its line (the header is line 1)
 * and its field. A cell that a spreadsheet would run as a formula (= + - @) is written after
 * a ' and read back as typed.
 */
class ActionCsv
{
    Q_DECLARE_TR_FUNCTIONS(ActionCsv)

public:
    static QByteArray write(const QList<ActionItem> &actions);
    /** The actions of @p csv (ids left to the caller), or nothing and why. */
    static std::optional<QList<ActionItem>> read(const QByteArray &csv, QString *error);
    /** The same, saying what is wrong with every bad row, up to @p most of them: what the
     *  window's preview lists before the user accepts. */
    static std::optional<QList<ActionItem>>
    read(const QByteArray &csv, QStringList *problems, int most = 50);

private:
    static std::optional<QList<ActionItem::Field>> columnsOf(const QStringList &header,
                                                             QString *problem);
};

} // namespace Takt
