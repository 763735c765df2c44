#include "valuestreammap.h"

#include <QCoreApplication>

namespace Takt {

namespace {
QString connectorTitle(const Connector &c)
{
    return c.label.isEmpty() ? Connector::kindName(c.kind) : c.label;
}
} // namespace

QString ValueStreamMap::elementTitle(const MapElement &element) const
{
    if (!element.name.trimmed().isEmpty())
        return element.name;
    // Queues are counted together, whatever their icon: "Queue 3" is the map's third.
    const auto sameSort = [&element](const MapElement &e) {
        return e.kind == element.kind
            || (MapElement::isQueue(e.kind) && MapElement::isQueue(element.kind));
    };
    int number = 0;
    for (const MapElement &e : m_elements.items()) {
        if (sameSort(e))
            ++number;
        if (e.id == element.id)
            break;
    }
    if (MapElement::isQueue(element.kind))
        return tr("Queue %1").arg(number);
    if (element.kind == ElementKind::Process)
        return tr("Step %1").arg(number);
    return tr("%1 %2").arg(MapElement::kindName(element.kind)).arg(number);
}

ValueStreamMap::ValueStreamMap(EntityId id, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_elements(MapElement::fields(), [this](const MapElement &e) { return elementTitle(e); })
    , m_connectors(Connector::fields(), connectorTitle)
{
    connect(&m_elements, &EntityListBase::inserted, this, &ValueStreamMap::elementInserted);
    connect(&m_elements, &EntityListBase::aboutToBeRemoved, this,
            &ValueStreamMap::elementAboutToBeRemoved);
    connect(&m_elements, &EntityListBase::removed, this, &ValueStreamMap::elementRemoved);
    connect(&m_elements, &EntityListBase::changed, this,
            [this](EntityId id) { Q_EMIT elementChanged(id); });
    connect(&m_elements, &EntityListBase::modified, this, &ValueStreamMap::changed);
    connect(&m_connectors, &EntityListBase::inserted, this, &ValueStreamMap::connectorInserted);
    connect(&m_connectors, &EntityListBase::removed, this, &ValueStreamMap::connectorRemoved);
    connect(&m_connectors, &EntityListBase::modified, this, &ValueStreamMap::changed);
}

const FieldTable<ValueStreamMap::Properties> &ValueStreamMap::fields()
{
    using Table = FieldTable<Properties>;
    FieldDef state {int(Field::State), "state", FieldType::Choice,
                    QT_TRANSLATE_NOOP("ValueStreamMap", "State"), "state"};
    state.choices
        = {{int(State::Current), "current", QT_TRANSLATE_NOOP("ValueStreamMap", "Current state")},
           {int(State::Future), "future", QT_TRANSLATE_NOOP("ValueStreamMap", "Future state")},
           {int(State::Ideal), "ideal", QT_TRANSLATE_NOOP("ValueStreamMap", "Ideal state")}};
    state.optional = false;
    FieldDef unit {int(Field::TimeUnit), "time_unit", FieldType::Choice,
                   QT_TRANSLATE_NOOP("ValueStreamMap", "Show times in"), "time_unit"};
    for (Duration::Unit u : Duration::allUnits())
        unit.choices << FieldChoice {int(u), Duration::symbolLatin1(u), nullptr};
    FieldDef availableTime {
        int(Field::AvailableTime), "available_time_per_day", FieldType::Duration,
        QT_TRANSLATE_NOOP("ValueStreamMap", "Available time per day"), "available_time_s"};
    availableTime.maximum = Duration::Day; // a day has no more
    static const Table table(
        "ValueStreamMap",
        {
            Table::member(FieldDef {int(Field::Name), "name", FieldType::Text,
                                    QT_TRANSLATE_NOOP("ValueStreamMap", "Name"), "name"},
                          &Properties::name),
            Table::member(state, &Properties::state),
            Table::member(FieldDef {int(Field::DerivedFrom), "derived_from", FieldType::Reference,
                                    nullptr, "derived_from"},
                          &Properties::derivedFrom),
            Table::member(FieldDef {int(Field::DemandPerDay), "demand_per_day", FieldType::Number,
                                    QT_TRANSLATE_NOOP("ValueStreamMap", "Customer demand per day"),
                                    "demand_per_day"},
                          &Properties::demandPerDay),
            Table::member(availableTime, &Properties::availableTime),
            Table::member(FieldDef {int(Field::Notes), "notes", FieldType::Text,
                                    QT_TRANSLATE_NOOP("ValueStreamMap", "Notes"), "notes"},
                          &Properties::notes),
            Table::member(unit, &Properties::timeUnit),
        });
    return table;
}

void ValueStreamMap::setValue(Field field, const QVariant &value)
{
    fields().setValue(m_properties, int(field), value);
    m_propertiesDirty = true;
    Q_EMIT propertiesChanged();
    Q_EMIT changed();
}

void ValueStreamMap::loadProperties(const Properties &properties)
{
    m_properties = properties;
    m_propertiesDirty = false;
}

QList<Connector> ValueStreamMap::connectorsOf(EntityId elementId) const
{
    QList<Connector> result;
    for (const Connector &c : connectors())
        if (c.from == elementId || c.to == elementId)
            result << c;
    return result;
}

void ValueStreamMap::setElementValue(EntityId id, ElementField field, const QVariant &value)
{
    m_elements.setFieldValue(id, int(field), value);
}

void ValueStreamMap::setElementPos(EntityId id, QPointF pos)
{
    m_elements.modify(id, int(ElementField::Position), [pos](MapElement &e) { e.pos = pos; });
}

void ValueStreamMap::markAllDirty()
{
    m_propertiesDirty = true;
    m_elements.markAllDirty();
    m_connectors.markAllDirty();
}

void ValueStreamMap::markStored()
{
    m_propertiesDirty = false;
    m_elements.markStored();
    m_connectors.markStored();
}

QVariant ValueStreamMap::fieldValue(EntityId, int field) const
{
    return fields().value(m_properties, field);
}

void ValueStreamMap::setFieldValue(EntityId, int field, const QVariant &value)
{
    setValue(Field(field), value);
}

QString ValueStreamMap::fieldLabel(int field) const
{
    return fields().label(field);
}

QString ValueStreamMap::entityTitle(EntityId) const
{
    return QCoreApplication::translate("ValueStreamMap", "map \"%1\"").arg(name());
}

QString ValueStreamMap::stateKey(State state)
{
    return fields().choiceKey(int(Field::State), int(state));
}

std::optional<ValueStreamMap::State> ValueStreamMap::stateFromKey(const QString &key)
{
    const auto value = fields().choiceValue(int(Field::State), key);
    return value ? std::optional<State>(State(*value)) : std::nullopt;
}

QString ValueStreamMap::stateName(State state)
{
    return fields().choiceLabel(int(Field::State), int(state));
}

} // namespace Takt
