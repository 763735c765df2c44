#include "actioncsv.h"

#include "common/csvcolumns.h"
#include "common/csvrecords.h"

namespace Takt {

namespace {

using F = ActionItem::Field;

/** The columns in the order written, by the name the header gives them. */
const QList<QPair<const char *, F>> &columns()
{
    static const QList<QPair<const char *, F>> list {
        {"What", F::What},     {"Owner", F::Owner},       {"Due", F::Due},
        {"Status", F::Status}, {"Priority", F::Priority}, {"Verifier", F::Verifier},
        {"Source", F::Source}, {"Notes", F::Notes}};
    return list;
}

QString columnName(F field)
{
    for (const auto &[name, f] : columns())
        if (f == field)
            return QLatin1String(name);
    return {};
}

/** A leading = + - @ would be a formula in a spreadsheet: a ' in front keeps it text (OWASP). */
QString safeCell(const QString &text)
{
    static const QString risky = QStringLiteral("=+-@");
    return !text.isEmpty() && risky.contains(text.front()) ? QLatin1Char('\'') + text : text;
}

QString typedCell(const QString &cell)
{
    static const QString risky = QStringLiteral("=+-@");
    return cell.size() > 1 && cell.front() == QLatin1Char('\'') && risky.contains(cell.at(1))
        ? cell.mid(1)
        : cell;
}

QString cellOf(const ActionItem &a, F field)
{
    const auto &table = ActionItem::fields();
    switch (field) {
    case F::Due:
        return a.due.isValid() ? a.due.toString(Qt::ISODate) : QString();
    case F::Status:
    case F::Priority:
        return table.choiceKey(int(field), table.value(a, int(field)).toInt());
    default:
        return safeCell(table.value(a, int(field)).toString());
    }
}

/** Sets @p field of @p a from @p cell; false with @p why when the cell cannot be that. */
bool setCell(ActionItem &a, F field, const QString &cell, QString *why)
{
    const auto &table = ActionItem::fields();
    const QString text = cell.trimmed();
    if (field == F::Due) {
        a.due = text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !a.due.isValid())
            *why = ActionCsv::tr("\"%1\" is not a date as YYYY-MM-DD").arg(text);
        return text.isEmpty() || a.due.isValid();
    }
    if (field == F::Status || field == F::Priority) {
        QStringList keys;
        for (const FieldChoice &c : table.find(int(field))->def.choices) {
            keys << QLatin1String(c.key);
            if (text.compare(QLatin1String(c.key), Qt::CaseInsensitive) == 0) {
                table.setValue(a, int(field), c.value);
                return true;
            }
        }
        if (text.isEmpty()) // the default: open, medium
            return true;
        *why = ActionCsv::tr("\"%1\" is not one of %2").arg(text, keys.join(QStringLiteral(", ")));
        return false;
    }
    table.setValue(a, int(field), typedCell(cell));
    return true;
}

} // namespace

QByteArray ActionCsv::write(const QList<ActionItem> &actions)
{
    QList<QStringList> rows;
    QStringList header;
    for (const auto &[name, field] : columns())
        header << QLatin1String(name);
    rows << header;
    for (const ActionItem &a : actions) {
        QStringList row;
        for (const auto &column : columns())
            row << cellOf(a, column.second);
        rows << row;
    }
    return CsvRecords::write(rows);
}

std::optional<QList<ActionItem>> ActionCsv::read(const QByteArray &csv, QString *error)
{
    QStringList problems;
    auto actions = read(csv, &problems, 1);
    if (!problems.isEmpty() && error)
        *error = problems.first();
    return actions;
}

std::optional<QList<F>> ActionCsv::columnsOf(const QStringList &header, QString *problem)
{
    QStringList names;
    for (const auto &column : columns())
        names << QLatin1String(column.first);
    const auto matched = CsvColumns::match(header, names, QStringLiteral("What"),
                                           tr("the action register"), problem);
    if (!matched)
        return std::nullopt;
    QList<F> fields;
    for (int i : *matched)
        fields << columns().at(i).second;
    return fields;
}

std::optional<QList<ActionItem>>
ActionCsv::read(const QByteArray &csv, QStringList *problems, int most)
{
    CsvRecords records(csv);
    int line = 0;
    QString problem;
    const auto fields = columnsOf(records.next(&line), &problem);
    if (!fields) {
        *problems << problem;
        return std::nullopt;
    }
    QList<ActionItem> actions;
    // Every bad row, up to @p most: the window lists them before anything is imported.
    const auto bad = [&](const QString &why) {
        *problems << why;
        return problems->size() >= most;
    };
    while (!records.atEnd()) {
        const QStringList row = records.next(&line);
        if (row.size() == 1 && row.first().trimmed().isEmpty())
            continue; // a blank line, as a last newline leaves
        if (row.size() > fields->size()) {
            if (bad(tr("line %1: %2 cells for %3 columns")
                        .arg(line)
                        .arg(row.size())
                        .arg(fields->size())))
                break;
            continue;
        }
        ActionItem a;
        bool ok = true;
        for (int i = 0; i < fields->size() && ok; ++i) {
            QString why;
            ok = setCell(a, fields->at(i), row.value(i), &why);
            if (!ok
                && bad(
                    tr("line %1, field \"%2\": %3").arg(line).arg(columnName(fields->at(i)), why)))
                return std::nullopt;
        }
        if (ok && a.what.trimmed().isEmpty()) {
            ok = false;
            if (bad(tr("line %1, field \"What\": empty; say what is to be done").arg(line)))
                break;
        }
        if (ok)
            actions << a;
    }
    if (!problems->isEmpty())
        return std::nullopt;
    return actions;
}

} // namespace Takt
