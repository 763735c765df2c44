#pragma once

#include "common/duration.h"
#include "connector.h"
#include "mapelement.h"

#include <QHash>
#include <QObject>

namespace Takt {

/**
 * A value stream map: its figures (demand, available time), its state and the elements and
 * connectors drawn on it, addressed by stable ids. Only undo commands call the mutators; every
 * mutation is announced so that scenes, panels and the store follow.
 */
class ValueStreamMap : public QObject
{
    Q_OBJECT

public:
    enum class State { Current, Future, Ideal };
    /** TimeUnit: the unit the map's times are shown in, as an int (Duration::Unit), or an
     *  invalid QVariant for "the most readable unit for each figure". */
    enum class Field { Name, State, DemandPerDay, AvailableTime, Notes, TimeUnit };

    explicit ValueStreamMap(EntityId id, QObject *parent = nullptr);

    EntityId id() const { return m_id; }
    QString name() const { return m_name; }
    State state() const { return m_state; }
    EntityId derivedFrom() const { return m_derivedFrom; }
    std::optional<double> demandPerDay() const { return m_demandPerDay; }
    std::optional<double> availableTimePerDay() const { return m_availableTime; }
    QString notes() const { return m_notes; }
    std::optional<Duration::Unit> timeUnit() const { return m_timeUnit; }

    QVariant value(Field field) const;
    void setValue(Field field, const QVariant &value);
    void setDerivedFrom(EntityId id) { m_derivedFrom = id; }

    const QList<MapElement> &elements() const { return m_elements; }
    const MapElement *element(EntityId id) const;
    int elementIndex(EntityId id) const { return m_elementIndex.value(id, -1); }
    const QList<Connector> &connectors() const { return m_connectors; }
    const Connector *connector(EntityId id) const;
    QList<Connector> connectorsOf(EntityId elementId) const;

    void insertElement(int index, const MapElement &element);
    MapElement takeElement(EntityId id);
    void replaceElement(const MapElement &element);
    void setElementValue(EntityId id, ElementField field, const QVariant &value);
    void setElementPos(EntityId id, QPointF pos);
    void insertConnector(int index, const Connector &connector);
    Connector takeConnector(EntityId id);
    int connectorIndex(EntityId id) const;

    static QString stateKey(State state);
    static std::optional<State> stateFromKey(const QString &key);
    static QString stateName(State state); // translated
    static QString fieldName(Field field); // translated

Q_SIGNALS:
    void propertiesChanged();
    void elementInserted(Takt::EntityId id);
    void elementAboutToBeRemoved(Takt::EntityId id);
    void elementRemoved(Takt::EntityId id);
    void elementChanged(Takt::EntityId id);
    void elementMoved(Takt::EntityId id);
    void connectorInserted(Takt::EntityId id);
    void connectorRemoved(Takt::EntityId id);
    /** Any of the above; the metrics and the store listen to this one. */
    void changed();

private:
    void reindex();

    const EntityId m_id;
    QString m_name;
    State m_state = State::Current;
    EntityId m_derivedFrom = 0;
    std::optional<double> m_demandPerDay;
    std::optional<double> m_availableTime;
    QString m_notes;
    std::optional<Duration::Unit> m_timeUnit;
    QList<MapElement> m_elements;
    QHash<EntityId, int> m_elementIndex;
    QList<Connector> m_connectors;
};

} // namespace Takt
