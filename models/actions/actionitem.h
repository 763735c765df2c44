#pragma once

#include "core/entityid.h"
#include "core/fieldtable.h"

#include <QDate>
#include <QString>

namespace Takt {

/** One action of the register: what is to be done, by whom, by when, and who checks it. */
struct ActionItem
{
    enum class Field {
        What,
        Owner,
        Due,
        Status,
        Priority,
        Verifier,
        Source,
        Expected,
        Measured,
        Notes
    };
    enum class Status { Open, InProgress, Done, Cancelled };
    enum class Priority { High, Medium, Low };

    EntityId id = 0;
    QString what;
    QString owner;
    QDate due;
    Status status = Status::Open;
    Priority priority = Priority::Medium;
    QString verifier; // someone other than the owner
    QString source; // what it came from, as text (a step, an idea, a root cause)
    QString expected; // the effect check: expected result
    QString measured; // … and the measured one
    QString notes;

    static const FieldTable<ActionItem> &fields();
    /** Still to do (open or in progress) and due before @p today. */
    bool isOverdue(const QDate &today) const;
    bool isOpen() const { return status == Status::Open || status == Status::InProgress; }
    /** The owner verifying their own action: allowed, but said. */
    bool verifiesOwnWork() const;
};

/** A register of actions: a document has one, made with it. */
struct ActionRegister
{
    enum class Field { Name };
    EntityId id = 0;
    QString name;
    static const FieldTable<ActionRegister> &fields();
};

} // namespace Takt
