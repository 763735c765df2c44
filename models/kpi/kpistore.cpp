#include "kpistore.h"

#include "common/duration.h"
#include "core/addremoveentities.h"
#include "document/document.h"
#include "document/linkcommands.h"
#include "document/liststore.h"

#include <algorithm>
#include <utility>

namespace Takt {

namespace {
TableStore kpiTable(SqlConnection &db)
{
    return ListStore::table(db, QStringLiteral("kpis"), Kpi::fields());
}

TableStore measurementTable(SqlConnection &db)
{
    return ListStore::table(db, QStringLiteral("kpi_measurements"), Measurement::fields());
}
} // namespace

KpiStore::KpiStore(Document &document, const ArtefactKind &kind)
    : ArtefactStore(document, kind)
    , m_kpis(Kpi::fields(), [](const Kpi &k) { return k.name; })
    , m_measurements(Measurement::fields(), [](const Measurement &m) { return m.takenAt; })
    , m_outline(m_kpis, [](const Kpi &) { return EntityId(0); })
{
    // Before the outline's own connections: the navigator re-reads a changed KPI's status
    // (its baseline changes its chart) and must not be given the old one.
    connect(&m_kpis, &EntityListBase::changed, this,
            [this](EntityId id) { m_summaries.remove(id); });
    // Its unit or name changes what a map shows of what it measured.
    connect(&m_kpis, &EntityListBase::modified, &document, &Document::noteMeasuredChanged);
    m_outline.connect(this);
    connect(&m_measurements, &EntityListBase::modified, this, &ArtefactStore::modified);
    // A series follows its measurements, and the navigator's status (n, signals) follows it:
    // once per KPI after a batch of changes (a CSV import adds thousands at a time).
    const auto touched = [this](EntityId id) {
        const Measurement *m = m_measurements.find(id);
        noteSeriesChanged(m ? m->kpi : 0);
    };
    connect(&m_measurements, &EntityListBase::inserted, this, touched);
    connect(&m_measurements, &EntityListBase::changed, this, touched);
    connect(&m_measurements, &EntityListBase::aboutToBeRemoved, this, touched);
}

void KpiStore::noteSeriesChanged(EntityId kpi)
{
    if (!kpi)
        return;
    m_summaries.remove(kpi);
    document().noteMeasuredChanged();
    const bool first = m_changedSeries.isEmpty();
    m_changedSeries.insert(kpi);
    if (first)
        QMetaObject::invokeMethod(this, &KpiStore::announceSeries, Qt::QueuedConnection);
}

void KpiStore::announceSeries()
{
    const QSet<EntityId> changed = std::exchange(m_changedSeries, {});
    for (EntityId kpi : changed) {
        if (!m_kpis.contains(kpi))
            continue;
        Q_EMIT seriesChanged(kpi);
        Q_EMIT outlineChanged(kpi);
    }
}

KpiStore *KpiStore::of(const Document &document)
{
    return document.store<KpiStore>();
}

QList<Measurement> KpiStore::series(EntityId kpi) const
{
    QList<Measurement> points;
    for (const Measurement &m : m_measurements.items())
        if (m.kpi == kpi)
            points << m;
    // Stored times are ISO 8601 ("2026-03-12", "2026-03-12T14:30:00"): as text they sort as
    // time does, with no parsing. Equal times keep the order they were entered in.
    std::stable_sort(points.begin(), points.end(), [](const Measurement &a, const Measurement &b) {
        return a.takenAt < b.takenAt;
    });
    return points;
}

XmrChart::Result KpiStore::chart(EntityId kpiId) const
{
    return chart(kpiId, series(kpiId));
}

XmrChart::Result KpiStore::chart(EntityId kpiId, const QList<Measurement> &points) const
{
    QList<double> values;
    values.reserve(points.size());
    QList<XmrChart::PhaseSpec> phases {{0, 0}};
    const Kpi *k = kpi(kpiId);
    if (k && k->baseline)
        phases.first().baseline = *k->baseline;
    for (int i = 0; i < points.size(); ++i) {
        values << points.at(i).value;
        if (i > 0 && points.at(i).phaseStart)
            phases << XmrChart::PhaseSpec {i, 0};
    }
    return XmrChart::analyse(values, phases);
}

QUndoCommand *KpiStore::addKpi(const Kpi &kpi) const
{
    auto *command = new AddEntities<Kpi>(const_cast<EntityList<Kpi> *>(&m_kpis), {kpi});
    command->setText(tr("Add KPI \"%1\"").arg(kpi.name));
    return command;
}

QUndoCommand *KpiStore::removeKpi(EntityId id)
{
    const Kpi *kpi = m_kpis.find(id);
    if (!kpi)
        return nullptr;
    auto *command = new QUndoCommand(tr("Delete KPI \"%1\"").arg(kpi->name));
    QSet<EntityId> points;
    for (const Measurement &m : m_measurements.items())
        if (m.kpi == id)
            points.insert(m.id);
    // Undone in reverse: the KPI is back before its measurements and its links.
    LinkCommands::removeTouching(document(), {id}, command);
    if (!points.isEmpty())
        new RemoveEntities<Measurement>(&m_measurements, points, command);
    new RemoveEntities<Kpi>(&m_kpis, {id}, command);
    return command;
}

std::optional<MeasuredSpread> KpiStore::measure(EntityId source,
                                                const MeasurableFigure &figure) const
{
    const Kpi *kpi = m_kpis.find(source);
    if (!kpi)
        return std::nullopt;
    // A time figure is measured in seconds when the KPI's unit is one the map knows ("h").
    const std::optional<Duration::Unit> unit = Duration::unitFromSymbol(kpi->unit.trimmed());
    const double scale = figure.isTime && unit ? Duration::secondsPer(*unit) : 1.0;
    QList<double> values;
    for (const Measurement &m : m_measurements.items())
        if (m.kpi == source)
            values << m.value * scale;
    MeasuredSpread spread = MeasuredSpread::of(values);
    spread.source = source;
    spread.sourceName = kpi->name;
    spread.unit = kpi->unit;
    spread.inSeconds = figure.isTime && unit.has_value();
    return spread;
}

QUndoCommand *KpiStore::addMeasurements(const QList<Measurement> &measurements,
                                        QUndoCommand *parent)
{
    auto *command = new AddEntities<Measurement>(&m_measurements, measurements, -1, parent);
    command->setText(tr("Add %n measurement(s)", nullptr, int(measurements.size())));
    return command;
}

bool KpiStore::load(SqlConnection &db, QString *error)
{
    TableStore kpis = kpiTable(db);
    TableStore measurements = measurementTable(db);
    QList<Kpi> readKpis;
    QList<Measurement> readMeasurements;
    const bool ok = ListStore::read(kpis, Kpi::fields(),
                                    [&](EntityId, const Kpi &k) {
                                        readKpis << k;
                                        return true;
                                    })
        && ListStore::read(measurements, Measurement::fields(),
                           [&](EntityId, const Measurement &m) {
                               readMeasurements << m;
                               return true;
                           });
    if (!ok) {
        if (error)
            *error = kpis.errorText().isEmpty() ? measurements.errorText() : kpis.errorText();
        return false;
    }
    m_kpis.load(readKpis);
    m_measurements.load(readMeasurements);
    return true;
}

bool KpiStore::isDirty() const
{
    return m_kpis.isDirty() || m_measurements.isDirty();
}

bool KpiStore::flush(SqlConnection &db, QString *error)
{
    TableStore kpis = kpiTable(db);
    TableStore measurements = measurementTable(db);
    // KPIs first: a measurement's row refers to its KPI's.
    if (!ListStore::flush(kpis, m_kpis, 0)) {
        if (error)
            *error = kpis.errorText();
        return false;
    }
    if (!ListStore::flush(measurements, m_measurements, 0)) {
        if (error)
            *error = measurements.errorText();
        return false;
    }
    return true;
}

void KpiStore::markStored()
{
    m_kpis.markStored();
    m_measurements.markStored();
}

QString KpiStore::artefactName(EntityId id) const
{
    const Kpi *k = kpi(id);
    return k ? k->name : QString();
}

QString KpiStore::summary(EntityId id) const
{
    // The navigator asks at every repaint; the chart is worked out once per change.
    if (const auto cached = m_summaries.constFind(id); cached != m_summaries.cend())
        return *cached;
    const XmrChart::Result r = chart(id);
    int n = 0;
    for (const XmrChart::Phase &p : r.phases)
        n += p.end - p.start;
    const QString text = tr("%n point(s), %1", nullptr, n)
                             .arg(tr("%n signal(s)", nullptr, int(r.signalsFound.size())));
    m_summaries.insert(id, text);
    return text;
}

bool KpiStore::contains(EntityId id) const
{
    return m_kpis.contains(id) || m_measurements.contains(id);
}

QVariant KpiStore::outlineData(EntityId id, int role) const
{
    if (role == StatusRole && m_kpis.contains(id))
        return summary(id);
    return ArtefactStore::outlineData(id, role);
}

} // namespace Takt
