#pragma once

#include "actionitem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace Takt {

/**
 * The open actions as an iCalendar file (RFC 5545), one VTODO each with its DUE, SUMMARY,
 * DESCRIPTION (owner, verifier, source, notes), STATUS and PRIORITY, so that owners carry
 * their actions into their calendars. Lines end in CRLF and are folded at 75 octets, never
 * inside a UTF-8 character.
 */
class ActionCalendar
{
    Q_DECLARE_TR_FUNCTIONS(ActionCalendar)

public:
    /** @p stamp: when the file is written (DTSTAMP), given so that a test can fix it. */
    static QByteArray write(const QList<ActionItem> &actions, const QDateTime &stamp);
    /** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped. */
    static QString escaped(const QString &text);
};

} // namespace Takt
