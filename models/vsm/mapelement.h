#pragma once

#include "core/entityid.h"
#include "core/fieldtable.h"

#include <QList>
#include <QPair>
#include <QPointF>
#include <QString>
#include <QVariant>

#include <optional>

namespace Takt {

/** The standard VSM icon set (Rother & Shook), plus text notes. */
enum class ElementKind {
    Process,
    Inventory,
    Supplier,
    Customer,
    ProductionControl,
    Shipment,
    Operator,
    Supermarket,
    FifoLane,
    Buffer,
    KanbanProduction,
    KanbanWithdrawal,
    KanbanSignal,
    KanbanPost,
    LoadLevelling,
    GoSee,
    KaizenBurst,
    QualityProblem,
    TextNote,
};

/** Every editable value of an element; the generic change command addresses them by field. */
enum class ElementField {
    Name,
    CycleTime,
    Changeover,
    Uptime,
    Operators,
    Shifts,
    Batch,
    ValueAdded,
    CompleteAccurate,
    WipLimit,
    OnTimeline,
    Sharing,
    Count,
    DemandPerDay,
    Wait,
    MaxCount,
    Frequency,
    Notes,
    Attributes, // a QVariantList of [key, value] QStringLists
    Kind, // an int (ElementKind); stored, never edited
    Position, // a QPointF; moved, never typed
};

/**
 * One icon on a map with its data box. Optional figures are absent (an invalid QVariant via
 * value()) rather than zero: "not measured yet" is common in a workshop and must not count as 0.
 */
struct MapElement
{
    enum class Sharing { Dedicated, Shared, Workcell };

    EntityId id = 0;
    ElementKind kind = ElementKind::Process;
    QString name;
    QPointF pos;

    // Process data box; durations in seconds, shares as fractions (0.9 = 90 %).
    std::optional<double> cycleTime;
    std::optional<double> changeover;
    std::optional<double> uptime;
    std::optional<int> operators;
    std::optional<int> shifts;
    std::optional<int> batch;
    std::optional<double> valueAdded; // absent: the cycle time
    std::optional<double> completeAccurate;
    std::optional<int> wipLimit;
    bool onTimeline = true;
    Sharing sharing = Sharing::Dedicated;

    // Inventory, queue, FIFO lane, supermarket, buffer.
    std::optional<double> count;
    std::optional<double> demandPerDay; // overrides the map's demand for this count
    std::optional<double> wait; // a wait time given directly, in seconds
    std::optional<int> maxCount; // FIFO lane maximum

    QString frequency; // shipment
    QList<QPair<QString, QString>> attributes;
    QString notes;

    /** Every field of an element: what the store, the clipboard and the editors read. */
    static const FieldTable<MapElement> &fields();
    QVariant value(ElementField field) const { return fields().value(*this, int(field)); }
    void setValue(ElementField field, const QVariant &value)
    {
        fields().setValue(*this, int(field), value);
    }
    static QString fieldName(ElementField field) { return fields().label(int(field)); }

    /** Whether the element takes part in the material flow (a node of the timeline). */
    bool isFlowStep() const;
    double effectiveValueAdded() const { return valueAdded.value_or(cycleTime.value_or(0)); }

    bool operator==(const MapElement &other) const;
    bool operator!=(const MapElement &other) const { return !(*this == other); }

    static QString kindKey(ElementKind kind); // stable, untranslated: files use it
    static std::optional<ElementKind> kindFromKey(const QString &key);
    static QString kindName(ElementKind kind); // translated
    /** Inventory, FIFO lane, supermarket or buffer: where work waits, on the ladder's top. */
    static bool isQueue(ElementKind kind);
    static QList<ElementKind> allKinds();
};

} // namespace Takt
