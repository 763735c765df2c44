#include "csvrecords.h"

namespace Takt {

CsvRecords::CsvRecords(const QByteArray &bytes)
    : CsvRecords(QString::fromUtf8(bytes))
{ }

CsvRecords::CsvRecords(const QString &text)
    : m_text(text)
{
    if (m_text.startsWith(QChar(0xfeff))) // a byte order mark, as spreadsheets write
        m_text.remove(0, 1);
}

QStringList CsvRecords::next(int *line)
{
    if (line)
        *line = m_line;
    QStringList fields;
    QString field;
    bool quoted = false;
    int i = m_pos;
    for (; i < m_text.size(); ++i) {
        const QChar c = m_text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < m_text.size()
                && m_text.at(i + 1) == QLatin1Char('"'))
                field += QLatin1Char('"'), ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            ++i;
            ++m_line;
            break;
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    fields << field;
    m_pos = i;
    return fields;
}

QByteArray CsvRecords::write(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (QString cell : row) {
            if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
                || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
                cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
                cell = QLatin1Char('"') + cell + QLatin1Char('"');
            }
            cells << cell;
        }
        out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

} // namespace Takt
