#pragma once

#include "participant.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Takt {

/**
 * The attendance as CSV (RFC 4180, UTF-8 with or without a byte order mark, CRLF or LF): the
 * header `Name,Role,Team`, matched by name whatever the case and in any order, only Name
 * required; or a list of names, one per line, without a header. Read whole or not at all: a
 * bad row is named with its line (the first line is 1) and its field.
 */
class AttendanceCsv
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceCsv)

public:
    /** The participants of @p csv (ids left to the caller, all present), or nothing and why. */
    static std::optional<QList<Participant>> read(const QByteArray &csv, QString *error);
    static QByteArray write(const QList<Participant> &people);
};

} // namespace Takt
