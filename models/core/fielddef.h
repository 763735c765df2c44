#pragma once

#include <QList>

namespace Takt {

/** How a field is typed, stored, exchanged and edited: one type drives all four. */
enum class FieldType {
    Text, // QString; stored as TEXT NOT NULL
    Number, // optional double, not negative
    WholeNumber, // optional int, not negative
    Fraction, // optional double from 0 to 1, shown as a percentage
    Duration, // optional double, seconds
    Boolean,
    Date, // QDate; stored as an ISO 8601 date or NULL
    Choice, // an int from a fixed list, stored and exchanged by its key
    Point, // QPointF; two REAL columns
    Coordinate, // a double that may be negative
    Reference, // the EntityId of another entity; NULL for none
    KeyValues, // [key, value] pairs; stored in a table of their own
};

/** One value of a Choice field: its int, its stable key (files) and its label (people). */
struct FieldChoice
{
    int value;
    const char *key;
    const char *label; // untranslated; translated in the field table's context
};

/**
 * What a field is, whatever holds it: its stable key (JSON, clipboard, widgets' object names),
 * its SQL column(s), its type and its label. A FieldTable pairs these with the accessors.
 */
struct FieldDef
{
    int id = 0;
    const char *key = nullptr;
    FieldType type = FieldType::Text;
    const char *label = nullptr; // untranslated; nullptr for fields nobody edits by name
    const char *column = nullptr; // nullptr: not stored in the entity's table
    const char *column2 = nullptr; // a Point's y column
    QList<FieldChoice> choices = {};
    bool optional = true; // a Choice or Date may be absent (NULL)
    /** A Choice that says what the entity is (an element's kind): a key this build does not
     *  know makes the row unreadable. Any other unknown key reads as absent, or the first. */
    bool identity = false;
    double maximum = 0; // the largest a Number, Fraction or Duration may be; 0 for no limit
    double minimum = 0; // the smallest a number may be; never below 0 (a WIP limit of 0 is none)
    /** A Text field that should not stay empty: emptiness is accepted with a warning. */
    bool wanted = false;
    /** A Text field naming a person (an owner, a verifier): the workshop's people are offered. */
    bool person = false;
    const char *childTable = nullptr; // KeyValues: (parent, position, key, value) rows
    const char *childColumn = nullptr; // KeyValues: the parent's id column there
};

} // namespace Takt
