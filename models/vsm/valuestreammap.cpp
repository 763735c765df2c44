#include "valuestreammap.h"

#include <QCoreApplication>

namespace Takt {

ValueStreamMap::ValueStreamMap(EntityId id, QObject *parent)
    : QObject(parent)
    , m_id(id)
{ }

QVariant ValueStreamMap::value(Field field) const
{
    switch (field) {
    case Field::Name:
        return m_name;
    case Field::State:
        return int(m_state);
    case Field::DemandPerDay:
        return m_demandPerDay ? QVariant(*m_demandPerDay) : QVariant();
    case Field::AvailableTime:
        return m_availableTime ? QVariant(*m_availableTime) : QVariant();
    case Field::Notes:
        return m_notes;
    case Field::TimeUnit:
        return m_timeUnit ? QVariant(int(*m_timeUnit)) : QVariant();
    }
    return {};
}

void ValueStreamMap::setValue(Field field, const QVariant &value)
{
    const bool absent = !value.isValid() || value.isNull();
    switch (field) {
    case Field::Name:
        m_name = value.toString();
        break;
    case Field::State:
        m_state = State(value.toInt());
        break;
    case Field::DemandPerDay:
        m_demandPerDay = absent ? std::nullopt : std::optional<double>(value.toDouble());
        break;
    case Field::AvailableTime:
        m_availableTime = absent ? std::nullopt : std::optional<double>(value.toDouble());
        break;
    case Field::Notes:
        m_notes = value.toString();
        break;
    case Field::TimeUnit:
        m_timeUnit = absent ? std::nullopt
                            : std::optional<Duration::Unit>(Duration::Unit(value.toInt()));
        break;
    }
    Q_EMIT propertiesChanged();
    Q_EMIT changed();
}

const MapElement *ValueStreamMap::element(EntityId id) const
{
    const int index = elementIndex(id);
    return index < 0 ? nullptr : &m_elements.at(index);
}

const Connector *ValueStreamMap::connector(EntityId id) const
{
    const int index = connectorIndex(id);
    return index < 0 ? nullptr : &m_connectors.at(index);
}

int ValueStreamMap::connectorIndex(EntityId id) const
{
    for (int i = 0; i < m_connectors.size(); ++i)
        if (m_connectors.at(i).id == id)
            return i;
    return -1;
}

QList<Connector> ValueStreamMap::connectorsOf(EntityId elementId) const
{
    QList<Connector> result;
    for (const Connector &c : m_connectors)
        if (c.from == elementId || c.to == elementId)
            result << c;
    return result;
}

void ValueStreamMap::reindex()
{
    m_elementIndex.clear();
    m_elementIndex.reserve(m_elements.size());
    for (int i = 0; i < m_elements.size(); ++i)
        m_elementIndex.insert(m_elements.at(i).id, i);
}

void ValueStreamMap::insertElement(int index, const MapElement &element)
{
    index = qBound(0, index, int(m_elements.size()));
    m_elements.insert(index, element);
    if (index == m_elements.size() - 1)
        m_elementIndex.insert(element.id, index);
    else
        reindex();
    Q_EMIT elementInserted(element.id);
    Q_EMIT changed();
}

MapElement ValueStreamMap::takeElement(EntityId id)
{
    const int index = elementIndex(id);
    Q_ASSERT(index >= 0);
    Q_EMIT elementAboutToBeRemoved(id);
    MapElement element = m_elements.takeAt(index);
    if (index == m_elements.size())
        m_elementIndex.remove(id);
    else
        reindex();
    Q_EMIT elementRemoved(id);
    Q_EMIT changed();
    return element;
}

void ValueStreamMap::replaceElement(const MapElement &element)
{
    const int index = elementIndex(element.id);
    Q_ASSERT(index >= 0);
    const bool moved = m_elements.at(index).pos != element.pos;
    m_elements[index] = element;
    Q_EMIT elementChanged(element.id);
    if (moved)
        Q_EMIT elementMoved(element.id);
    Q_EMIT changed();
}

void ValueStreamMap::setElementValue(EntityId id, ElementField field, const QVariant &value)
{
    const int index = elementIndex(id);
    Q_ASSERT(index >= 0);
    m_elements[index].setValue(field, value);
    Q_EMIT elementChanged(id);
    Q_EMIT changed();
}

void ValueStreamMap::setElementPos(EntityId id, QPointF pos)
{
    const int index = elementIndex(id);
    Q_ASSERT(index >= 0);
    m_elements[index].pos = pos;
    Q_EMIT elementMoved(id);
    Q_EMIT changed();
}

void ValueStreamMap::insertConnector(int index, const Connector &connector)
{
    index = qBound(0, index, int(m_connectors.size()));
    m_connectors.insert(index, connector);
    Q_EMIT connectorInserted(connector.id);
    Q_EMIT changed();
}

Connector ValueStreamMap::takeConnector(EntityId id)
{
    const int index = connectorIndex(id);
    Q_ASSERT(index >= 0);
    Connector connector = m_connectors.takeAt(index);
    Q_EMIT connectorRemoved(id);
    Q_EMIT changed();
    return connector;
}

QString ValueStreamMap::stateKey(State state)
{
    switch (state) {
    case State::Current:
        return QStringLiteral("current");
    case State::Future:
        return QStringLiteral("future");
    case State::Ideal:
        return QStringLiteral("ideal");
    }
    return {};
}

std::optional<ValueStreamMap::State> ValueStreamMap::stateFromKey(const QString &key)
{
    if (key == QLatin1String("current"))
        return State::Current;
    if (key == QLatin1String("future"))
        return State::Future;
    if (key == QLatin1String("ideal"))
        return State::Ideal;
    return std::nullopt;
}

QString ValueStreamMap::stateName(State state)
{
    switch (state) {
    case State::Current:
        return QCoreApplication::translate("ValueStreamMap", "Current state");
    case State::Future:
        return QCoreApplication::translate("ValueStreamMap", "Future state");
    case State::Ideal:
        return QCoreApplication::translate("ValueStreamMap", "Ideal state");
    }
    return {};
}

QString ValueStreamMap::fieldName(Field field)
{
    switch (field) {
    case Field::Name:
        return QCoreApplication::translate("ValueStreamMap", "Name");
    case Field::State:
        return QCoreApplication::translate("ValueStreamMap", "State");
    case Field::DemandPerDay:
        return QCoreApplication::translate("ValueStreamMap", "Customer demand per day");
    case Field::AvailableTime:
        return QCoreApplication::translate("ValueStreamMap", "Available time per day");
    case Field::Notes:
        return QCoreApplication::translate("ValueStreamMap", "Notes");
    case Field::TimeUnit:
        return QCoreApplication::translate("ValueStreamMap", "Show times in");
    }
    return {};
}

} // namespace Takt
