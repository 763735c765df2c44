#include "actioncalendar.h"

#include <QCoreApplication>

namespace Takt {

namespace {

/** A content line, folded: at most 75 octets a line, continued by CRLF and a space. */
QByteArray folded(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    int width = 0; // octets on the current line, its leading space included
    for (int i = 0; i < bytes.size();) {
        const uchar lead = uchar(bytes.at(i));
        const int length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
        if (width + length > 75) {
            out += "\r\n ";
            width = 1;
        }
        out += bytes.mid(i, length);
        width += length;
        i += length;
    }
    return out + "\r\n";
}

QString statusOf(ActionItem::Status status)
{
    return status == ActionItem::Status::InProgress ? QStringLiteral("IN-PROCESS")
                                                    : QStringLiteral("NEEDS-ACTION");
}

int priorityOf(ActionItem::Priority priority)
{
    // RFC 5545: 1 is the highest, 5 the middle, 9 the lowest.
    switch (priority) {
    case ActionItem::Priority::High:
        return 1;
    case ActionItem::Priority::Medium:
        return 5;
    case ActionItem::Priority::Low:
        return 9;
    }
    return 0;
}

} // namespace

QString ActionCalendar::escaped(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

QByteArray ActionCalendar::write(const QList<ActionItem> &actions, const QDateTime &stamp)
{
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QByteArray out = folded(QStringLiteral("BEGIN:VCALENDAR"))
        + folded(QStringLiteral("VERSION:2.0"))
        + folded(QStringLiteral("PRODID:-//Takt//Action register//EN"));
    for (const ActionItem &a : actions) {
        if (!a.isOpen())
            continue; // done and cancelled ones are nobody's to carry
        QStringList description;
        if (!a.owner.isEmpty())
            description << tr("Owner: %1").arg(a.owner);
        if (!a.verifier.isEmpty())
            description << tr("Verifier: %1").arg(a.verifier);
        if (!a.source.isEmpty())
            description << tr("Source: %1").arg(a.source);
        if (!a.expected.isEmpty())
            description << tr("Expected effect: %1").arg(a.expected);
        if (!a.notes.isEmpty())
            description << a.notes;
        out += folded(QStringLiteral("BEGIN:VTODO"));
        out += folded(QStringLiteral("UID:takt-action-%1@takt.invalid").arg(a.id));
        out += folded(QStringLiteral("DTSTAMP:") + dtstamp);
        if (a.due.isValid())
            out += folded(QStringLiteral("DUE;VALUE=DATE:")
                          + a.due.toString(QStringLiteral("yyyyMMdd")));
        out += folded(QStringLiteral("SUMMARY:") + escaped(a.what));
        if (!description.isEmpty())
            out += folded(QStringLiteral("DESCRIPTION:")
                          + escaped(description.join(QLatin1Char('\n'))));
        out += folded(QStringLiteral("STATUS:") + statusOf(a.status));
        out += folded(QStringLiteral("PRIORITY:%1").arg(priorityOf(a.priority)));
        out += folded(QStringLiteral("END:VTODO"));
    }
    return out + folded(QStringLiteral("END:VCALENDAR"));
}

} // namespace Takt
