#pragma once

#include "common/duration.h"
#include "connector.h"
#include "core/entityfields.h"
#include "core/entitylist.h"
#include "mapelement.h"

#include <QObject>

namespace Takt {

/**
 * A value stream map: its figures (demand, available time), its state and the elements and
 * connectors drawn on it, addressed by stable ids. Only undo commands call the mutators; every
 * mutation is announced so that scenes, panels and the store follow. The map is the target of
 * its own field edits (ChangeField); its elements and connectors are generic entity lists.
 */
class ValueStreamMap : public QObject, public EntityFields
{
    Q_OBJECT

public:
    enum class State { Current, Future, Ideal };
    /** TimeUnit: the unit the map's times are shown in, as an int (Duration::Unit), or an
     *  invalid QVariant for "the most readable unit for each figure". DerivedFrom: the id of
     *  the map a future state was derived from. */
    enum class Field { Name, State, DemandPerDay, AvailableTime, Notes, TimeUnit, DerivedFrom };

    /** What the maps table holds of a map, apart from its id and position. */
    struct Properties
    {
        QString name;
        State state = State::Current;
        EntityId derivedFrom = 0;
        std::optional<double> demandPerDay;
        std::optional<double> availableTime;
        QString notes;
        std::optional<Duration::Unit> timeUnit;
    };

    explicit ValueStreamMap(EntityId id, QObject *parent = nullptr);

    static const FieldTable<Properties> &fields();

    EntityId id() const { return m_id; }
    const Properties &properties() const { return m_properties; }
    QString name() const { return m_properties.name; }
    State state() const { return m_properties.state; }
    EntityId derivedFrom() const { return m_properties.derivedFrom; }
    std::optional<double> demandPerDay() const { return m_properties.demandPerDay; }
    std::optional<double> availableTimePerDay() const { return m_properties.availableTime; }
    QString notes() const { return m_properties.notes; }
    std::optional<Duration::Unit> timeUnit() const { return m_properties.timeUnit; }

    QVariant value(Field field) const { return fields().value(m_properties, int(field)); }
    void setValue(Field field, const QVariant &value);
    void setDerivedFrom(EntityId id) { setValue(Field::DerivedFrom, id); }
    /** The stored properties, without announcing them: loading from the store. */
    void loadProperties(const Properties &properties);

    const QList<MapElement> &elements() const { return m_elements.items(); }
    const MapElement *element(EntityId id) const { return m_elements.find(id); }
    int elementIndex(EntityId id) const { return m_elements.indexOf(id); }
    const QList<Connector> &connectors() const { return m_connectors.items(); }
    const Connector *connector(EntityId id) const { return m_connectors.find(id); }
    int connectorIndex(EntityId id) const { return m_connectors.indexOf(id); }
    QList<Connector> connectorsOf(EntityId elementId) const;
    /** The element's name, or for one without a name its kind and number among its kind on
     *  the map ("Inventory 3"), so that a table or an undo entry can tell it from the rest. */
    QString elementTitle(const MapElement &element) const;

    /** The entity lists, for generic commands and the store. */
    EntityList<MapElement> &elementList() { return m_elements; }
    const EntityList<MapElement> &elementList() const { return m_elements; }
    EntityList<Connector> &connectorList() { return m_connectors; }
    const EntityList<Connector> &connectorList() const { return m_connectors; }

    void insertElement(int index, const MapElement &element) { m_elements.insert(index, element); }
    MapElement takeElement(EntityId id) { return m_elements.take(id); }
    void setElementValue(EntityId id, ElementField field, const QVariant &value);
    void setElementPos(EntityId id, QPointF pos);
    void insertConnector(int index, const Connector &connector)
    {
        m_connectors.insert(index, connector);
    }
    Connector takeConnector(EntityId id) { return m_connectors.take(id); }

    /** Whether anything of the map is still to be written to the store. */
    bool isDirty() const
    {
        return m_propertiesDirty || m_elements.isDirty() || m_connectors.isDirty();
    }
    bool arePropertiesDirty() const { return m_propertiesDirty; }
    /** Everything is to be written again (the map's rows were deleted, or never written). */
    void markAllDirty();
    void markStored();

    QVariant fieldValue(EntityId id, int field) const override;
    void setFieldValue(EntityId id, int field, const QVariant &value) override;
    QString fieldLabel(int field) const override;
    QString entityTitle(EntityId id) const override;

    static QString stateKey(State state);
    static std::optional<State> stateFromKey(const QString &key);
    static QString stateName(State state); // translated
    static QString fieldName(Field field) { return fields().label(int(field)); }

Q_SIGNALS:
    void propertiesChanged();
    void elementInserted(Takt::EntityId id);
    void elementAboutToBeRemoved(Takt::EntityId id);
    void elementRemoved(Takt::EntityId id);
    /** Any field of the element, its position included. */
    void elementChanged(Takt::EntityId id);
    void connectorInserted(Takt::EntityId id);
    void connectorRemoved(Takt::EntityId id);
    /** Any of the above; the metrics and the store listen to this one. */
    void changed();

private:
    const EntityId m_id;
    Properties m_properties;
    bool m_propertiesDirty = false;
    EntityList<MapElement> m_elements;
    EntityList<Connector> m_connectors;
};

} // namespace Takt
