#pragma once

#include "core/entitylist.h"
#include "document/artefactstore.h"
#include "document/listoutline.h"
#include "kpi.h"
#include "measurement.h"
#include "xmrchart.h"

#include <QHash>
#include <QSet>

class QUndoCommand;

namespace Takt {

/**
 * The KPIs of one document and their measurements: the KPI kind's store. A KPI's series is
 * its measurements in time order (equal times in the order entered); its XmR chart comes from
 * the series, its marked process changes (phases) and its baseline.
 */
class KpiStore : public ArtefactStore
{
    Q_OBJECT

public:
    KpiStore(Document &document, const ArtefactKind &kind);

    static KpiStore *of(const Document &document);

    const EntityList<Kpi> &kpis() const { return m_kpis; }
    EntityList<Kpi> &kpiList() { return m_kpis; }
    EntityList<Measurement> &measurementList() { return m_measurements; }
    const Kpi *kpi(EntityId id) const { return m_kpis.find(id); }
    EntityId kpiByName(const QString &name) const { return artefactByName(name); }

    /** @p kpi's measurements in time order. */
    QList<Measurement> series(EntityId kpi) const;
    /** The XmR chart of @p kpi's series. */
    XmrChart::Result chart(EntityId kpi) const;
    /** The same, from @p series as series() gave it: not read and sorted again. */
    XmrChart::Result chart(EntityId kpi, const QList<Measurement> &series) const;

    /** A new KPI, as one undo step. */
    QUndoCommand *addKpi(const Kpi &kpi) const;
    /** @p kpi, its measurements and its links gone, as one undo step. */
    QUndoCommand *removeKpi(EntityId kpi);
    /** @p measurements appended to their KPI, as one undo step (@p parent: within another). */
    QUndoCommand *addMeasurements(const QList<Measurement> &measurements,
                                  QUndoCommand *parent = nullptr);

    bool load(SqlConnection &db, QString *error) override;
    bool isDirty() const override;
    bool flush(SqlConnection &db, QString *error) override;
    void markStored() override;

    QList<EntityId> artefacts() const override { return m_outline.children(0); }
    QString artefactName(EntityId id) const override;
    QString summary(EntityId id) const override;
    bool contains(EntityId id) const override;
    QVariant outlineData(EntityId id, int role) const override;
    std::optional<MeasuredSpread> measure(EntityId source,
                                          const MeasurableFigure &figure) const override;

Q_SIGNALS:
    /** @p kpi's series changed: a measurement was added, edited or removed (announced once
     *  per KPI after a batch of changes, from the event loop). */
    void seriesChanged(Takt::EntityId kpi);

private:
    void noteSeriesChanged(EntityId kpi);
    void announceSeries();

    EntityList<Kpi> m_kpis;
    EntityList<Measurement> m_measurements;
    ListOutline<Kpi> m_outline;
    QSet<EntityId> m_changedSeries;
    mutable QHash<EntityId, QString> m_summaries; // the navigator's status, until a change
};

} // namespace Takt
