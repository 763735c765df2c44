#include "futurestate.h"

#include "valuestreammap.h"

#include <QHash>

namespace Takt {

std::unique_ptr<ValueStreamMap> FutureState::derive(const ValueStreamMap &current,
                                                    const std::function<EntityId()> &newId)
{
    auto future = std::make_unique<ValueStreamMap>(newId());
    QString name = current.name();
    // "X - current state" becomes "X - future state"; anything else gets the suffix.
    const QString currentWord = tr("current state");
    if (name.contains(currentWord))
        name.replace(currentWord, tr("future state"));
    else
        name = tr("%1 (future state)").arg(name);
    future->setValue(ValueStreamMap::Field::Name, name);
    future->setValue(ValueStreamMap::Field::State, int(ValueStreamMap::State::Future));
    future->setValue(ValueStreamMap::Field::DemandPerDay,
                     current.value(ValueStreamMap::Field::DemandPerDay));
    future->setValue(ValueStreamMap::Field::AvailableTime,
                     current.value(ValueStreamMap::Field::AvailableTime));
    future->setValue(ValueStreamMap::Field::TimeUnit,
                     current.value(ValueStreamMap::Field::TimeUnit));
    future->setDerivedFrom(current.id());

    QHash<EntityId, EntityId> ids;
    for (const MapElement &e : current.elements()) {
        MapElement copy = e;
        copy.id = newId();
        ids.insert(e.id, copy.id);
        future->insertElement(future->elements().size(), copy);
    }
    for (const Connector &c : current.connectors()) {
        Connector copy = c;
        copy.id = newId();
        copy.from = ids.value(c.from);
        copy.to = ids.value(c.to);
        future->insertConnector(future->connectors().size(), copy);
    }
    return future;
}

} // namespace Takt
