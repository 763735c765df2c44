#include "actionitem.h"

namespace Takt {

const FieldTable<ActionItem> &ActionItem::fields()
{
    using F = ActionItem::Field;
    using Table = FieldTable<ActionItem>;
    const auto text = [](F f, const char *key, const char *label) {
        return FieldDef {int(f), key, FieldType::Text, label, key};
    };
    // An owner and a verifier are people: the attendance's are offered.
    const auto person = [&text](F f, const char *key, const char *label) {
        FieldDef def = text(f, key, label);
        def.person = true;
        return def;
    };
    FieldDef what = text(F::What, "what", QT_TRANSLATE_NOOP("ActionItem", "What"));
    what.wanted = true;
    FieldDef due {int(F::Due), "due", FieldType::Date, QT_TRANSLATE_NOOP("ActionItem", "Due"),
                  "due"};
    FieldDef status {int(F::Status), "status", FieldType::Choice,
                     QT_TRANSLATE_NOOP("ActionItem", "Status"), "status"};
    // The keys are the CSV's and the command line's words.
    status.choices
        = {{int(Status::Open), "open", QT_TRANSLATE_NOOP("ActionItem", "open")},
           {int(Status::InProgress), "in progress", QT_TRANSLATE_NOOP("ActionItem", "in progress")},
           {int(Status::Done), "done", QT_TRANSLATE_NOOP("ActionItem", "done")},
           {int(Status::Cancelled), "cancelled", QT_TRANSLATE_NOOP("ActionItem", "cancelled")}};
    status.optional = false;
    FieldDef priority {int(F::Priority), "priority", FieldType::Choice,
                       QT_TRANSLATE_NOOP("ActionItem", "Priority"), "priority"};
    priority.choices
        = {{int(Priority::High), "high", QT_TRANSLATE_NOOP("ActionItem", "high")},
           {int(Priority::Medium), "medium", QT_TRANSLATE_NOOP("ActionItem", "medium")},
           {int(Priority::Low), "low", QT_TRANSLATE_NOOP("ActionItem", "low")}};
    priority.optional = false;
    static const Table table(
        "ActionItem",
        {Table::member(what, &ActionItem::what),
         Table::member(person(F::Owner, "owner", QT_TRANSLATE_NOOP("ActionItem", "Owner")),
                       &ActionItem::owner),
         Table::member(due, &ActionItem::due), Table::member(status, &ActionItem::status),
         Table::member(priority, &ActionItem::priority),
         Table::member(person(F::Verifier, "verifier", QT_TRANSLATE_NOOP("ActionItem", "Verifier")),
                       &ActionItem::verifier),
         Table::member(text(F::Source, "source", QT_TRANSLATE_NOOP("ActionItem", "Source")),
                       &ActionItem::source),
         Table::member(
             text(F::Expected, "expected", QT_TRANSLATE_NOOP("ActionItem", "Expected effect")),
             &ActionItem::expected),
         Table::member(
             text(F::Measured, "measured", QT_TRANSLATE_NOOP("ActionItem", "Measured effect")),
             &ActionItem::measured),
         Table::member(text(F::Notes, "notes", QT_TRANSLATE_NOOP("ActionItem", "Notes")),
                       &ActionItem::notes)});
    return table;
}

bool ActionItem::isOverdue(const QDate &today) const
{
    return isOpen() && due.isValid() && due < today;
}

bool ActionItem::verifiesOwnWork() const
{
    return !owner.trimmed().isEmpty()
        && owner.trimmed().compare(verifier.trimmed(), Qt::CaseInsensitive) == 0;
}

const FieldTable<ActionRegister> &ActionRegister::fields()
{
    using Table = FieldTable<ActionRegister>;
    static const Table table(
        "ActionRegister",
        {Table::member(FieldDef {int(Field::Name), "name", FieldType::Text,
                                 QT_TRANSLATE_NOOP("ActionRegister", "Name"), "name"},
                       &ActionRegister::name)});
    return table;
}

} // namespace Takt
