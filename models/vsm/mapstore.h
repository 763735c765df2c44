#pragma once

#include "core/entityid.h"
#include "document/artefactstore.h"

#include <QList>
#include <QSet>

namespace Takt {

class ValueStreamMap;
struct MapMetrics;

/**
 * The value stream maps of one document, in navigator order: the maps kind's store. Only undo
 * commands insert and take maps; the store writes each map's own row, its elements and its
 * connectors row by row, only what changed since the last flush.
 */
class MapStore : public ArtefactStore
{
    Q_OBJECT

public:
    MapStore(Document &document, const ArtefactKind &kind);
    ~MapStore() override;

    /** The maps of @p document (every document has them while the kind is registered). */
    static MapStore *of(const Document &document);

    const QList<ValueStreamMap *> &maps() const { return m_maps; }
    ValueStreamMap *map(EntityId id) const;
    /** By name: exactly, or whatever the case when only one map fits. */
    ValueStreamMap *mapByName(const QString &name) const;
    /** @p wanted, or "wanted (2)", "wanted (3)"…: maps are told apart by name. */
    QString uniqueMapName(const QString &wanted) const;
    int mapIndex(EntityId id) const;
    /** Takes ownership. Commands only. */
    void insertMap(int index, ValueStreamMap *map);
    /** Gives up ownership to the caller. Commands only. */
    ValueStreamMap *takeMap(EntityId id);

    /** The figures a series can measure (MeasuredFigures): a step's cycle time, a queue's
     *  wait, a map's lead time. */
    static inline const QString CycleTimeFigure = QStringLiteral("cycle-time");
    static inline const QString WaitFigure = QStringLiteral("wait");
    static inline const QString LeadTimeFigure = QStringLiteral("lead-time");

    /** @p map's figures as this document shows them: against the map it was derived from,
     *  with what linked series measured for its steps' cycle times. */
    MapMetrics metrics(const ValueStreamMap &map) const;
    /** What linked series measured for @p map's steps' cycle times, in seconds. */
    QHash<EntityId, MeasuredSpread> measuredCycleTimes(const ValueStreamMap &map) const;

    bool load(SqlConnection &db, QString *error) override;
    bool isDirty() const override;
    bool flush(SqlConnection &db, QString *error) override;
    void markStored() override;

    QList<EntityId> artefacts() const override;
    QString artefactName(EntityId id) const override;
    QString summary(EntityId id) const override;
    bool contains(EntityId id) const override;
    QVariant outlineData(EntityId id, int role) const override;
    EntityId entityNamed(const QString &name, EntityId within = 0) const override;
    QString entityName(EntityId id) const override;
    EntityId artefactOf(EntityId id) const override;
    QList<MeasurableFigure> measurableFigures() const override;
    std::optional<MeasurableFigure> measurableFigure(EntityId target,
                                                     const QString &key) const override;

Q_SIGNALS:
    /** A map's own figures or name changed (not its elements). */
    void mapPropertiesChanged(Takt::EntityId id);

private:
    void watch(ValueStreamMap *map);

    QList<ValueStreamMap *> m_maps;
    QSet<EntityId> m_removedMaps;
    bool m_listChanged = false;
};

} // namespace Takt
