#include "mapelement.h"

#include <QCoreApplication>

namespace Takt {

namespace {

template<typename T> QVariant optionalValue(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

std::optional<double> optionalDouble(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    return value.toDouble();
}

std::optional<int> optionalInt(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    return value.toInt();
}

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

} // namespace

QVariant MapElement::value(ElementField field) const
{
    switch (field) {
    case ElementField::Name:
        return name;
    case ElementField::CycleTime:
        return optionalValue(cycleTime);
    case ElementField::Changeover:
        return optionalValue(changeover);
    case ElementField::Uptime:
        return optionalValue(uptime);
    case ElementField::Operators:
        return optionalValue(operators);
    case ElementField::Shifts:
        return optionalValue(shifts);
    case ElementField::Batch:
        return optionalValue(batch);
    case ElementField::ValueAdded:
        return optionalValue(valueAdded);
    case ElementField::CompleteAccurate:
        return optionalValue(completeAccurate);
    case ElementField::WipLimit:
        return optionalValue(wipLimit);
    case ElementField::OnTimeline:
        return onTimeline;
    case ElementField::Sharing:
        return int(sharing);
    case ElementField::Count:
        return optionalValue(count);
    case ElementField::DemandPerDay:
        return optionalValue(demandPerDay);
    case ElementField::Wait:
        return optionalValue(wait);
    case ElementField::MaxCount:
        return optionalValue(maxCount);
    case ElementField::Frequency:
        return frequency;
    case ElementField::Notes:
        return notes;
    case ElementField::Attributes: {
        QVariantList list;
        for (const auto &pair : attributes)
            list << QVariant(QStringList {pair.first, pair.second});
        return list;
    }
    }
    return {};
}

void MapElement::setValue(ElementField field, const QVariant &v)
{
    switch (field) {
    case ElementField::Name:
        name = v.toString();
        break;
    case ElementField::CycleTime:
        cycleTime = optionalDouble(v);
        break;
    case ElementField::Changeover:
        changeover = optionalDouble(v);
        break;
    case ElementField::Uptime:
        uptime = optionalDouble(v);
        break;
    case ElementField::Operators:
        operators = optionalInt(v);
        break;
    case ElementField::Shifts:
        shifts = optionalInt(v);
        break;
    case ElementField::Batch:
        batch = optionalInt(v);
        break;
    case ElementField::ValueAdded:
        valueAdded = optionalDouble(v);
        break;
    case ElementField::CompleteAccurate:
        completeAccurate = optionalDouble(v);
        break;
    case ElementField::WipLimit:
        wipLimit = optionalInt(v);
        break;
    case ElementField::OnTimeline:
        onTimeline = v.toBool();
        break;
    case ElementField::Sharing:
        sharing = Sharing(v.toInt());
        break;
    case ElementField::Count:
        count = optionalDouble(v);
        break;
    case ElementField::DemandPerDay:
        demandPerDay = optionalDouble(v);
        break;
    case ElementField::Wait:
        wait = optionalDouble(v);
        break;
    case ElementField::MaxCount:
        maxCount = optionalInt(v);
        break;
    case ElementField::Frequency:
        frequency = v.toString();
        break;
    case ElementField::Notes:
        notes = v.toString();
        break;
    case ElementField::Attributes:
        attributes.clear();
        for (const QVariant &pair : v.toList()) {
            const QStringList keyValue = pair.toStringList();
            attributes << qMakePair(keyValue.value(0), keyValue.value(1));
        }
        break;
    }
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

QList<ElementKind> MapElement::allKinds()
{
    QList<ElementKind> kinds;
    for (const KindInfo &info : Kinds)
        kinds << info.kind;
    return kinds;
}

QString MapElement::fieldName(ElementField field)
{
    switch (field) {
    case ElementField::Name:
        return QCoreApplication::translate("MapElement", "Name");
    case ElementField::CycleTime:
        return QCoreApplication::translate("MapElement", "C/T");
    case ElementField::Changeover:
        return QCoreApplication::translate("MapElement", "C/O");
    case ElementField::Uptime:
        return QCoreApplication::translate("MapElement", "Uptime");
    case ElementField::Operators:
        return QCoreApplication::translate("MapElement", "Operators");
    case ElementField::Shifts:
        return QCoreApplication::translate("MapElement", "Shifts");
    case ElementField::Batch:
        return QCoreApplication::translate("MapElement", "Batch size");
    case ElementField::ValueAdded:
        return QCoreApplication::translate("MapElement", "VA");
    case ElementField::CompleteAccurate:
        return QCoreApplication::translate("MapElement", "%C&A");
    case ElementField::WipLimit:
        return QCoreApplication::translate("MapElement", "WIP limit");
    case ElementField::OnTimeline:
        return QCoreApplication::translate("MapElement", "On the timeline");
    case ElementField::Sharing:
        return QCoreApplication::translate("MapElement", "Sharing");
    case ElementField::Count:
        return QCoreApplication::translate("MapElement", "Count");
    case ElementField::DemandPerDay:
        return QCoreApplication::translate("MapElement", "Demand per day");
    case ElementField::Wait:
        return QCoreApplication::translate("MapElement", "Wait");
    case ElementField::MaxCount:
        return QCoreApplication::translate("MapElement", "Maximum");
    case ElementField::Frequency:
        return QCoreApplication::translate("MapElement", "Frequency");
    case ElementField::Notes:
        return QCoreApplication::translate("MapElement", "Notes");
    case ElementField::Attributes:
        return QCoreApplication::translate("MapElement", "Attributes");
    }
    return {};
}

QString MapElement::sharingKey(Sharing sharing)
{
    switch (sharing) {
    case Sharing::Dedicated:
        return QStringLiteral("dedicated");
    case Sharing::Shared:
        return QStringLiteral("shared");
    case Sharing::Workcell:
        return QStringLiteral("workcell");
    }
    return {};
}

MapElement::Sharing MapElement::sharingFromKey(const QString &key)
{
    if (key == QLatin1String("shared"))
        return Sharing::Shared;
    if (key == QLatin1String("workcell"))
        return Sharing::Workcell;
    return Sharing::Dedicated;
}

} // namespace Takt
