#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Takt {

/**
 * CSV records as RFC 4180 has them: fields split by commas, quoted with "" where they hold a
 * comma, a quote or a line break; CRLF or LF; UTF-8 with or without a byte order mark. Every
 * record knows the line it starts on, so that a bad row can be named as the file numbers it.
 */
class CsvRecords
{
public:
    explicit CsvRecords(const QByteArray &bytes);
    explicit CsvRecords(const QString &text);

    bool atEnd() const { return m_pos >= m_text.size(); }
    /** The next record; @p line: the line it starts on (the first is 1). */
    QStringList next(int *line = nullptr);

    /** @p rows as CSV: quoted where needed, CRLF after every record, UTF-8 without a BOM. */
    static QByteArray write(const QList<QStringList> &rows);

private:
    QString m_text;
    int m_pos = 0;
    int m_line = 1;
};

} // namespace Takt
