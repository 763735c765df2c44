#include "attendancekind.h"

#include "attendancecsv.h"
#include "common/wholefile.h"
#include "core/changefield.h"
#include "document/document.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUndoStack>

namespace Takt {

QString AttendanceKind::emptyHint() const
{
    return tr("Bring in the participants: takt attendance import DOC FILE.csv");
}

QList<SchemaStep> AttendanceKind::schemaSteps() const
{
    QString days;
    for (int day = 1; day <= Participant::MaxDays; ++day)
        days += QStringLiteral(", present_day%1 INTEGER NOT NULL DEFAULT 1").arg(day);
    return {
        // Format 7: the attendance.
        {7,
         {QStringLiteral("CREATE TABLE attendance_registers ("
                         " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
                         " name TEXT NOT NULL DEFAULT '', days INTEGER)"),
          QStringLiteral("CREATE TABLE participants ("
                         " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
                         " register_id INTEGER NOT NULL"
                         "  REFERENCES attendance_registers(id) ON DELETE CASCADE,"
                         " name TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT '',"
                         " team TEXT NOT NULL DEFAULT ''%1)")
              .arg(days),
          QStringLiteral(
              "CREATE INDEX participants_by_register ON participants (register_id, position)")}},
    };
}

bool AttendanceKind::buildExample(Document &document,
                                  const QJsonObject &workshop,
                                  const QString &folder,
                                  QString *error) const
{
    // {"csv": "attendance.csv", "days": 2, "absent": {"Name": [2]}}: the list as a facilitator
    // brings it, then the days and who was missing on which.
    const QJsonObject attendance = workshop.value(QLatin1String("attendance")).toObject();
    const QString name = attendance.value(QLatin1String("csv")).toString();
    if (name.isEmpty())
        return true;
    const auto bytes = WholeFile::read(folder + QLatin1Char('/') + name, error, name);
    auto people = bytes ? AttendanceCsv::read(*bytes, error) : std::nullopt;
    if (!people)
        return false;
    const QJsonObject absent = attendance.value(QLatin1String("absent")).toObject();
    for (Participant &p : *people) {
        p.id = document.newId();
        for (const QJsonValue day : absent.value(p.name).toArray()) {
            if (day.toInt() < 1 || day.toInt() > Participant::MaxDays) {
                if (error)
                    *error = tr("attendance, %1: there is no day %2").arg(p.name).arg(day.toInt());
                return false;
            }
            Participant::fields().setValue(p, int(Participant::dayField(day.toInt())), false);
        }
    }
    AttendanceStore *store = AttendanceStore::of(document);
    document.undoStack()->push(store->changeDays(attendance.value(QLatin1String("days")).toInt(1)));
    document.undoStack()->push(store->addParticipants(*people));
    return true;
}

QList<CsvReader> AttendanceKind::csvReaders() const
{
    return {{QStringLiteral("attendance"), [](const QByteArray &csv, QString *error) {
                 return AttendanceCsv::read(csv, error).has_value();
             }}};
}

} // namespace Takt
