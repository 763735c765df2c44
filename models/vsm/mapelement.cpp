#include "mapelement.h"

#include <QCoreApplication>

namespace Takt {

namespace {

struct KindInfo
{
    ElementKind kind;
    const char *key;
    const char *name;
};

const KindInfo Kinds[] = {
    {ElementKind::Process, "process", QT_TRANSLATE_NOOP("MapElement", "Process step")},
    {ElementKind::Inventory, "inventory", QT_TRANSLATE_NOOP("MapElement", "Inventory / queue")},
    {ElementKind::Supplier, "supplier", QT_TRANSLATE_NOOP("MapElement", "Supplier")},
    {ElementKind::Customer, "customer", QT_TRANSLATE_NOOP("MapElement", "Customer")},
    {ElementKind::ProductionControl, "production_control",
     QT_TRANSLATE_NOOP("MapElement", "Production control")},
    {ElementKind::Shipment, "shipment", QT_TRANSLATE_NOOP("MapElement", "Shipment")},
    {ElementKind::Operator, "operator", QT_TRANSLATE_NOOP("MapElement", "Operator")},
    {ElementKind::Supermarket, "supermarket", QT_TRANSLATE_NOOP("MapElement", "Supermarket")},
    {ElementKind::FifoLane, "fifo_lane", QT_TRANSLATE_NOOP("MapElement", "FIFO lane")},
    {ElementKind::Buffer, "buffer", QT_TRANSLATE_NOOP("MapElement", "Buffer / safety stock")},
    {ElementKind::KanbanProduction, "kanban_production",
     QT_TRANSLATE_NOOP("MapElement", "Production kanban")},
    {ElementKind::KanbanWithdrawal, "kanban_withdrawal",
     QT_TRANSLATE_NOOP("MapElement", "Withdrawal kanban")},
    {ElementKind::KanbanSignal, "kanban_signal", QT_TRANSLATE_NOOP("MapElement", "Signal kanban")},
    {ElementKind::KanbanPost, "kanban_post", QT_TRANSLATE_NOOP("MapElement", "Kanban post")},
    {ElementKind::LoadLevelling, "load_levelling",
     QT_TRANSLATE_NOOP("MapElement", "Load levelling")},
    {ElementKind::GoSee, "go_see", QT_TRANSLATE_NOOP("MapElement", "Go-see scheduling")},
    {ElementKind::KaizenBurst, "kaizen_burst", QT_TRANSLATE_NOOP("MapElement", "Kaizen burst")},
    {ElementKind::QualityProblem, "quality_problem",
     QT_TRANSLATE_NOOP("MapElement", "Quality problem")},
    {ElementKind::TextNote, "text", QT_TRANSLATE_NOOP("MapElement", "Text note")},
};

QList<FieldChoice> kindChoices()
{
    QList<FieldChoice> choices;
    for (const KindInfo &info : Kinds)
        choices << FieldChoice {int(info.kind), info.key, info.name};
    return choices;
}

} // namespace

const FieldTable<MapElement> &MapElement::fields()
{
    using F = ElementField;
    using Table = FieldTable<MapElement>;
    auto field = [](F id, const char *key, FieldType type, const char *label, const char *column) {
        FieldDef def;
        def.id = int(id);
        def.key = key;
        def.type = type;
        def.label = label;
        def.column = column;
        return def;
    };
    FieldDef kind = field(F::Kind, "kind", FieldType::Choice, nullptr, "kind");
    kind.choices = kindChoices();
    kind.optional = false;
    kind.identity = true;
    FieldDef position = field(F::Position, "position", FieldType::Point, nullptr, "x");
    position.column2 = "y";
    FieldDef sharing = field(F::Sharing, "sharing", FieldType::Choice,
                             QT_TRANSLATE_NOOP("MapElement", "Sharing"), "sharing");
    sharing.choices
        = {{int(Sharing::Dedicated), "dedicated", QT_TRANSLATE_NOOP("MapElement", "Dedicated")},
           {int(Sharing::Shared), "shared", QT_TRANSLATE_NOOP("MapElement", "Shared")},
           {int(Sharing::Workcell), "workcell", QT_TRANSLATE_NOOP("MapElement", "Workcell")}};
    sharing.optional = false;
    FieldDef completeAccurate = field(F::CompleteAccurate, "complete_accurate", FieldType::Fraction,
                                      QT_TRANSLATE_NOOP("MapElement", "%C&A"), "complete_accurate");
    completeAccurate.maximum = 1;
    FieldDef attributes = field(F::Attributes, "attributes", FieldType::KeyValues,
                                QT_TRANSLATE_NOOP("MapElement", "Attributes"), nullptr);
    attributes.childTable = "element_attributes";
    attributes.childColumn = "element_id";
    FieldDef name
        = field(F::Name, "name", FieldType::Text, QT_TRANSLATE_NOOP("MapElement", "Name"), "name");
    name.wanted = true;
    // A limit of 0 would stop the flow; no limit is an empty field.
    FieldDef wipLimit = field(F::WipLimit, "wip_limit", FieldType::WholeNumber,
                              QT_TRANSLATE_NOOP("MapElement", "WIP limit"), "wip_limit");
    wipLimit.minimum = 1;
    static const Table table(
        "MapElement",
        {
            Table::member(kind, &MapElement::kind),
            Table::member(name, &MapElement::name),
            Table::member(position, &MapElement::pos),
            Table::member(field(F::CycleTime, "cycle_time", FieldType::Duration,
                                QT_TRANSLATE_NOOP("MapElement", "C/T"), "cycle_time_s"),
                          &MapElement::cycleTime),
            Table::member(field(F::Changeover, "changeover", FieldType::Duration,
                                QT_TRANSLATE_NOOP("MapElement", "C/O"), "changeover_s"),
                          &MapElement::changeover),
            Table::member(field(F::Uptime, "uptime", FieldType::Fraction,
                                QT_TRANSLATE_NOOP("MapElement", "Uptime"), "uptime"),
                          &MapElement::uptime),
            Table::member(field(F::Operators, "operators", FieldType::WholeNumber,
                                QT_TRANSLATE_NOOP("MapElement", "Operators"), "operators"),
                          &MapElement::operators),
            Table::member(field(F::Shifts, "shifts", FieldType::WholeNumber,
                                QT_TRANSLATE_NOOP("MapElement", "Shifts"), "shifts"),
                          &MapElement::shifts),
            Table::member(field(F::Batch, "batch", FieldType::WholeNumber,
                                QT_TRANSLATE_NOOP("MapElement", "Batch size"), "batch"),
                          &MapElement::batch),
            Table::member(field(F::ValueAdded, "value_added", FieldType::Duration,
                                QT_TRANSLATE_NOOP("MapElement", "VA"), "value_added_s"),
                          &MapElement::valueAdded),
            Table::member(completeAccurate, &MapElement::completeAccurate),
            Table::member(wipLimit, &MapElement::wipLimit),
            Table::member(field(F::OnTimeline, "on_timeline", FieldType::Boolean,
                                QT_TRANSLATE_NOOP("MapElement", "On the timeline"), "on_timeline"),
                          &MapElement::onTimeline),
            Table::member(sharing, &MapElement::sharing),
            Table::member(field(F::Count, "count", FieldType::Number,
                                QT_TRANSLATE_NOOP("MapElement", "Count"), "count"),
                          &MapElement::count),
            Table::member(field(F::DemandPerDay, "demand_per_day", FieldType::Number,
                                QT_TRANSLATE_NOOP("MapElement", "Demand per day"),
                                "demand_per_day"),
                          &MapElement::demandPerDay),
            Table::member(field(F::Wait, "wait", FieldType::Duration,
                                QT_TRANSLATE_NOOP("MapElement", "Wait"), "wait_s"),
                          &MapElement::wait),
            Table::member(field(F::MaxCount, "max_count", FieldType::WholeNumber,
                                QT_TRANSLATE_NOOP("MapElement", "Maximum"), "max_count"),
                          &MapElement::maxCount),
            Table::member(field(F::Frequency, "frequency", FieldType::Text,
                                QT_TRANSLATE_NOOP("MapElement", "Frequency"), "frequency"),
                          &MapElement::frequency),
            Table::member(field(F::Notes, "notes", FieldType::Text,
                                QT_TRANSLATE_NOOP("MapElement", "Notes"), "notes"),
                          &MapElement::notes),
            Table::member(attributes, &MapElement::attributes),
        });
    return table;
}

bool MapElement::isFlowStep() const
{
    switch (kind) {
    case ElementKind::Process:
    case ElementKind::Inventory:
    case ElementKind::Supermarket:
    case ElementKind::FifoLane:
    case ElementKind::Buffer:
    case ElementKind::Supplier:
    case ElementKind::Customer:
        return true;
    default:
        return false;
    }
}

bool MapElement::operator==(const MapElement &o) const
{
    return id == o.id && kind == o.kind && name == o.name && pos == o.pos
        && cycleTime == o.cycleTime && changeover == o.changeover && uptime == o.uptime
        && operators == o.operators && shifts == o.shifts && batch == o.batch
        && valueAdded == o.valueAdded && completeAccurate == o.completeAccurate
        && wipLimit == o.wipLimit && onTimeline == o.onTimeline && sharing == o.sharing
        && count == o.count && demandPerDay == o.demandPerDay && wait == o.wait
        && maxCount == o.maxCount && frequency == o.frequency && attributes == o.attributes
        && notes == o.notes;
}

QString MapElement::kindKey(ElementKind kind)
{
    for (const KindInfo &info : Kinds)
        if (info.kind == kind)
            return QString::fromLatin1(info.key);
    return {};
}

std::optional<ElementKind> MapElement::kindFromKey(const QString &key)
{
    for (const KindInfo &info : Kinds)
        if (key == QLatin1String(info.key))
            return info.kind;
    return std::nullopt;
}

QString MapElement::kindName(ElementKind kind)
{
    for (const KindInfo &info : Kinds)
        if (info.kind == kind)
            return QCoreApplication::translate("MapElement", info.name);
    return {};
}

bool MapElement::isQueue(ElementKind kind)
{
    return kind == ElementKind::Inventory || kind == ElementKind::FifoLane
        || kind == ElementKind::Supermarket || kind == ElementKind::Buffer;
}

QList<ElementKind> MapElement::allKinds()
{
    QList<ElementKind> kinds;
    for (const KindInfo &info : Kinds)
        kinds << info.kind;
    return kinds;
}

} // namespace Takt
