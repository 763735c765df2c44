#include "csvcolumns.h"

namespace Takt {

std::optional<QList<int>> CsvColumns::match(const QStringList &header,
                                            const QStringList &known,
                                            const QString &required,
                                            const QString &what,
                                            QString *problem)
{
    QList<int> columns;
    for (const QString &name : header) {
        int i = int(known.size()) - 1;
        while (i >= 0 && known.at(i).compare(name.trimmed(), Qt::CaseInsensitive) != 0)
            --i;
        if (i < 0) {
            *problem = tr("line 1: \"%1\" is not a column of %2 (%3)")
                           .arg(name.trimmed(), what, known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (columns.contains(i)) {
            *problem = tr("line 1: the column \"%1\" comes twice").arg(known.at(i));
            return std::nullopt;
        }
        columns << i;
    }
    if (!required.isEmpty() && !columns.contains(int(known.indexOf(required)))) {
        *problem = tr("line 1: the column \"%1\" is missing").arg(required);
        return std::nullopt;
    }
    return columns;
}

} // namespace Takt
