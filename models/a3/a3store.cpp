#include "a3store.h"

#include "core/addremoveentities.h"
#include "core/changefield.h"
#include "document/artefactkind.h"
#include "document/document.h"
#include "document/followup.h"
#include "document/linkcommands.h"
#include "document/liststore.h"
#include "pdca.h"
#include "pdcacircle.h"

#include <QLocale>

namespace Takt {

namespace {
const QString ReportTable = QStringLiteral("a3_reports");
const QString StepTable = QStringLiteral("pdca_steps");

} // namespace

A3Store::A3Store(Document &document, const ArtefactKind &kind)
    : ArtefactStore(document, kind)
    , m_reports(A3Report::fields(), [](const A3Report &r) { return r.name; })
    , m_steps(PdcaStep::fields(), [](const PdcaStep &s) { return A3Report::stageKey(s.stage); })
    , m_outline(m_reports, [](const A3Report &) { return EntityId(0); })
    , m_shownMap(document, QStringLiteral("shows-map"))
    , m_shownAnalysis(document, QStringLiteral("shows-analysis"))
{
    m_outline.connect(this);
    connect(&m_steps, &EntityListBase::modified, this, &ArtefactStore::modified);
}

A3Store *A3Store::of(const Document &document)
{
    return document.store<A3Store>();
}

QList<PdcaStep> A3Store::historyOf(EntityId report) const
{
    QList<PdcaStep> steps;
    for (const PdcaStep &s : m_steps.items())
        if (s.report == report)
            steps << s;
    return steps;
}

A3Sheet A3Store::sheet(EntityId report) const
{
    A3Sheet sheet;
    if (const A3Report *r = m_reports.find(report)) {
        sheet.report = *r;
        sheet.report.map = shownName(report, A3Report::Field::Map);
        sheet.report.whys = shownName(report, A3Report::Field::Whys);
    }
    sheet.history = historyOf(report);
    return sheet;
}

EntityId A3Store::artefactNamed(const QString &name) const
{
    if (name.isEmpty())
        return 0;
    for (const ArtefactStore *store : document().stores())
        if (store != this)
            if (const EntityId id = store->artefactByName(name))
                return id;
    return 0;
}

const SourceLinks *A3Store::linksOf(A3Report::Field field) const
{
    return field == A3Report::Field::Map ? &m_shownMap
        : field == A3Report::Field::Whys ? &m_shownAnalysis
                                         : nullptr;
}

QString A3Store::shownName(EntityId report, A3Report::Field field) const
{
    const A3Report *r = m_reports.find(report);
    if (!r || !linksOf(field))
        return {};
    const QString typed = field == A3Report::Field::Map ? r->map : r->whys;
    return linksOf(field)->nameOf(report, typed);
}

EntityId A3Store::mapOf(EntityId report) const
{
    const A3Report *r = m_reports.find(report);
    if (!r)
        return 0;
    const EntityId linked = m_shownMap.sourceOf(report);
    return linked ? linked : artefactNamed(r->map);
}

EntityId A3Store::analysisOf(EntityId report) const
{
    const A3Report *r = m_reports.find(report);
    if (!r)
        return 0;
    if (const EntityId linked = m_shownAnalysis.sourceOf(report))
        return linked;
    return artefactNamed(r->whys);
}

QList<RootCause> A3Store::rootCausesOf(EntityId report) const
{
    const EntityId analysis = analysisOf(report);
    const ArtefactStore *store = analysis ? document().storeOf(analysis) : nullptr;
    return store ? store->rootCauses(analysis) : QList<RootCause>();
}

QUndoCommand *A3Store::addReport(const A3Sheet &sheet, const QString &text) const
{
    auto *self = const_cast<A3Store *>(this);
    auto *command = new QUndoCommand(text);
    new AddEntities<A3Report>(&self->m_reports, {sheet.report}, -1, command);
    if (!sheet.history.isEmpty())
        new AddEntities<PdcaStep>(&self->m_steps, sheet.history, -1, command);
    // Linked to what it shows from the start: a rename later is followed.
    if (const EntityId map = artefactNamed(sheet.report.map))
        m_shownMap.linkTo(sheet.report.id, map, command);
    if (const EntityId analysis = artefactNamed(sheet.report.whys))
        m_shownAnalysis.linkTo(sheet.report.id, analysis, command);
    return command;
}

QUndoCommand *A3Store::removeReport(EntityId report)
{
    const A3Report *r = m_reports.find(report);
    if (!r)
        return nullptr;
    auto *command = new QUndoCommand(tr("Delete A3 \"%1\"").arg(r->name));
    QSet<EntityId> steps;
    for (const PdcaStep &s : historyOf(report))
        steps.insert(s.id);
    LinkCommands::removeTouching(document(), {report}, command);
    if (!steps.isEmpty())
        new RemoveEntities<PdcaStep>(&m_steps, steps, command);
    new RemoveEntities<A3Report>(&m_reports, {report}, command);
    return command;
}

QUndoCommand *A3Store::setField(EntityId report, A3Report::Field field, const QVariant &value)
{
    const A3Report *r = m_reports.find(report);
    if (!r)
        return nullptr;
    const QString text = tr("Edit %1").arg(A3Report::fields().label(int(field)));
    const SourceLinks *links = linksOf(field);
    if (!links) {
        if (A3Report::fields().value(*r, int(field)) == value)
            return nullptr; // the same again: no step to undo
        auto *command = new ChangeField(&m_reports, report, int(field), value);
        command->setText(text);
        return command;
    }
    const EntityId shown = artefactNamed(value.toString());
    if (shown == links->sourceOf(report)
        && A3Report::fields().value(*r, int(field)).toString() == value.toString())
        return nullptr;
    auto *command = new QUndoCommand(text);
    new ChangeField(&m_reports, report, int(field), value.toString(), command);
    links->relink(report, shown, command);
    return command;
}

QUndoCommand *A3Store::moveStage(EntityId report,
                                 A3Report::Stage to,
                                 const QDate &on,
                                 const QString &note,
                                 std::optional<double> result)
{
    const A3Report *r = m_reports.find(report);
    if (!r || !Pdca::canMove(r->stage, to))
        return nullptr;
    auto *command = new QUndoCommand(tr("Move \"%1\" to %2").arg(r->name, Pdca::stageName(to)));
    PdcaStep step;
    step.id = document().newId();
    step.report = report;
    step.stage = to;
    step.on = on;
    step.note = note;
    if (to == A3Report::Stage::Check && result && r->result != result)
        new ChangeField(&m_reports, report, int(A3Report::Field::Result), *result, command);
    new ChangeField(&m_reports, report, int(A3Report::Field::Stage), int(to), command);
    new AddEntities<PdcaStep>(&m_steps, {step}, -1, command);
    return command;
}

QUndoCommand *A3Store::reopen(EntityId report, const QDate &on)
{
    const A3Report *r = m_reports.find(report);
    // Only a check whose result misses the target reopens the analysis.
    if (!r || r->stage != A3Report::Stage::Check || Pdca::targetMet(*r) != false)
        return nullptr;
    QString note = tr("Reopened: the check missed the target");
    if (r->result && r->target)
        note = tr("Reopened: %1 measured %2 against the target %3")
                   .arg(r->figure, Pdca::figureText(r->result), Pdca::figureText(r->target));
    QUndoCommand *command = moveStage(report, A3Report::Stage::Plan, on, note);
    if (!command)
        return nullptr;
    command->setText(tr("Reopen the analysis of \"%1\"").arg(r->name));
    const EntityId analysis = analysisOf(report);
    if (ArtefactStore *store = analysis ? document().storeOf(analysis) : nullptr)
        store->doubtRootCauses(
            analysis,
            tr("Not confirmed by the result: the check of A3 \"%1\" on %2 missed its target.")
                .arg(r->name, QLocale().toString(on, QLocale::ShortFormat)),
            on, command);
    return command;
}

QUndoCommand *A3Store::askWhy(EntityId report, EntityId *analysis)
{
    const A3Report *r = m_reports.find(report);
    if (!r || !FollowUps::canTake(document(), FollowUp::Kind::RootCauseAnalysis))
        return nullptr;
    auto *command = new QUndoCommand(tr("Ask why of \"%1\"").arg(r->name));
    FollowUp followUp;
    followUp.kind = FollowUp::Kind::RootCauseAnalysis;
    followUp.source = report;
    followUp.what = r->theme.isEmpty() ? r->name : r->theme;
    followUp.notes = r->currentCondition.section(QLatin1Char('\n'), 0, 0);
    const EntityId id = FollowUps::add(document(), followUp, command);
    // The sheet shows it from now on, until another is chosen.
    if (id) {
        m_shownAnalysis.relink(report, id, command);
        if (!r->whys.isEmpty())
            new ChangeField(&m_reports, report, int(A3Report::Field::Whys), QString(), command);
    }
    if (analysis)
        *analysis = id;
    return command;
}

bool A3Store::load(SqlConnection &db, QString *error)
{
    return ListStore::loadTable(db, ReportTable, m_reports, error)
        && ListStore::loadTable(db, StepTable, m_steps, error);
}

bool A3Store::isDirty() const
{
    return m_reports.isDirty() || m_steps.isDirty();
}

bool A3Store::flush(SqlConnection &db, QString *error)
{
    // Reports first: a step's row refers to its report's.
    return ListStore::flushTable(db, ReportTable, m_reports, error)
        && ListStore::flushTable(db, StepTable, m_steps, error);
}

void A3Store::markStored()
{
    m_reports.markStored();
    m_steps.markStored();
}

QString A3Store::artefactName(EntityId id) const
{
    const A3Report *r = m_reports.find(id);
    return r ? r->name : QString();
}

QString A3Store::summary(EntityId id) const
{
    const A3Report *r = m_reports.find(id);
    if (!r)
        return {};
    QString text = Pdca::stageName(r->stage);
    if (r->baseline && r->target)
        text = tr("%1, %2 %3 → %4")
                   .arg(text, r->figure, Pdca::figureText(r->baseline), Pdca::figureText(r->target))
                   .simplified();
    if (const auto met = Pdca::targetMet(*r))
        text = *met ? tr("%1, target met (%2)").arg(text, Pdca::figureText(r->result))
                    : tr("%1, target missed (%2)").arg(text, Pdca::figureText(r->result));
    return text;
}

bool A3Store::contains(EntityId id) const
{
    return m_reports.contains(id) || m_steps.contains(id);
}

EntityId A3Store::artefactOf(EntityId id) const
{
    if (m_reports.contains(id))
        return id;
    const PdcaStep *s = m_steps.find(id);
    return s ? s->report : 0;
}

QVariant A3Store::outlineData(EntityId id, int role) const
{
    const A3Report *r = m_reports.find(id);
    if (r && role == StatusRole)
        return summary(id);
    if (r && role == Qt::DecorationRole)
        return PdcaCircle::icon(Pdca::quarters(r->stage));
    if (r && role == Qt::ToolTipRole)
        return tr("%1: PDCA stage %2").arg(r->name, Pdca::stageName(r->stage));
    return ArtefactStore::outlineData(id, role);
}

} // namespace Takt
