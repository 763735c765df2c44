#include "attendancecsv.h"

#include "common/csvcolumns.h"
#include "common/csvrecords.h"

namespace Takt {

namespace {

using F = Participant::Field;

const QList<QPair<const char *, F>> &columns()
{
    static const QList<QPair<const char *, F>> list {
        {"Name", F::Name}, {"Role", F::Role}, {"Team", F::Team}};
    return list;
}

bool isBlank(const QStringList &row)
{
    return row.size() == 1 && row.first().trimmed().isEmpty();
}

/** A one-column file whose first cell names no column: a list of names without a header. */
bool isNameList(const QStringList &header)
{
    if (header.size() != 1)
        return false;
    for (const auto &column : columns())
        if (header.first().trimmed().compare(QLatin1String(column.first), Qt::CaseInsensitive) == 0)
            return false;
    return true;
}

} // namespace

std::optional<QList<Participant>> AttendanceCsv::read(const QByteArray &csv, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    CsvRecords records(csv);
    int line = 0;
    QStringList header = records.next(&line);
    while (isBlank(header) && !records.atEnd())
        header = records.next(&line);
    QList<F> fields {F::Name};
    QList<Participant> people;
    if (isNameList(header)) {
        Participant first;
        first.name = header.first().trimmed();
        if (!first.name.isEmpty()) // an empty file: nobody
            people << first;
    } else {
        QStringList names;
        for (const auto &column : columns())
            names << QLatin1String(column.first);
        QString problem;
        const auto matched = CsvColumns::match(header, names, QStringLiteral("Name"),
                                               tr("the attendance"), &problem);
        if (!matched)
            return fail(problem);
        fields.clear();
        for (int i : *matched)
            fields << columns().at(i).second;
    }
    const auto &table = Participant::fields();
    while (!records.atEnd()) {
        const QStringList row = records.next(&line);
        if (isBlank(row))
            continue;
        if (row.size() > fields.size())
            return fail(tr("line %1: %2 cells for %3 columns")
                            .arg(line)
                            .arg(row.size())
                            .arg(fields.size()));
        Participant p;
        for (int i = 0; i < fields.size(); ++i)
            table.setValue(p, int(fields.at(i)), row.value(i).trimmed());
        if (p.name.isEmpty())
            return fail(tr("line %1, field \"Name\": empty; say who took part").arg(line));
        people << p;
    }
    return people;
}

QByteArray AttendanceCsv::write(const QList<Participant> &people)
{
    QList<QStringList> rows {
        {QStringLiteral("Name"), QStringLiteral("Role"), QStringLiteral("Team")}};
    for (const Participant &p : people)
        rows << QStringList {p.name, p.role, p.team};
    return CsvRecords::write(rows);
}

} // namespace Takt
