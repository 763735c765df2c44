#include "attendancestore.h"

#include "core/changefield.h"

#include <QLocale>

namespace Takt {

AttendanceStore::AttendanceStore(Document &document, const ArtefactKind &kind)
    : RegisterStore(document,
                    kind,
                    {QStringLiteral("attendance_registers"), QStringLiteral("participants")},
                    [](const Participant &p) { return p.name; })
{
    // The register's days change which days its summary counts.
    connect(&registerList(), &EntityListBase::changed, this,
            [this](EntityId id) { Q_EMIT outlineChanged(id); });
}

AttendanceStore *AttendanceStore::of(const Document &document)
{
    return document.store<AttendanceStore>();
}

int AttendanceStore::dayCount() const
{
    const AttendanceRegister *r = theRegister();
    return r ? r->dayCount() : 1;
}

int AttendanceStore::presentOn(int day) const
{
    int present = 0;
    for (const Participant &p : participants().items())
        present += p.isPresent(day);
    return present;
}

QList<Participant> AttendanceStore::newcomers(const QList<Participant> &people) const
{
    QSet<QString> known;
    for (const Participant &p : participants().items())
        known.insert(p.name.trimmed().toCaseFolded());
    QList<Participant> fresh;
    for (const Participant &p : people) {
        const QString key = p.name.trimmed().toCaseFolded();
        if (!known.contains(key)) {
            known.insert(key);
            fresh << p;
        }
    }
    return fresh;
}

QUndoCommand *AttendanceStore::addParticipants(const QList<Participant> &people, int index)
{
    return addRows(people, tr("Add %n participant(s)", nullptr, int(people.size())), index);
}

QUndoCommand *AttendanceStore::removeParticipants(const QSet<EntityId> &ids)
{
    return removeRows(ids, tr("Delete %n participant(s)", nullptr, int(ids.size())));
}

QUndoCommand *AttendanceStore::changeDays(int days)
{
    auto *command
        = new ChangeField(&registerList(), registerId(), int(AttendanceRegister::Field::Days),
                          qBound(1, days, Participant::MaxDays));
    command->setText(tr("Workshop of %n day(s)", nullptr, days));
    return command;
}

QString AttendanceStore::summary(EntityId id) const
{
    if (id != registerId())
        return {};
    const int count = int(participants().items().size());
    QString text = tr("%n participant(s)", nullptr, count);
    if (count == 0)
        return text;
    QStringList days;
    for (int day = 1; day <= dayCount(); ++day)
        days << tr("day %1: %2 present").arg(day).arg(presentOn(day));
    return text + QStringLiteral("; ") + days.join(QStringLiteral(", "));
}

QStringList AttendanceStore::people() const
{
    QStringList names;
    for (const Participant &p : participants().items())
        if (!p.name.trimmed().isEmpty())
            names << p.name.trimmed();
    return names;
}

} // namespace Takt
