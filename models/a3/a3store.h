#pragma once

#include "a3json.h"
#include "core/entitylist.h"
#include "document/artefactstore.h"
#include "document/listoutline.h"
#include "document/sourcelinks.h"

#include <QDate>

class QUndoCommand;

namespace Takt {

/**
 * The A3 reports of one document and the history of their PDCA stages: the kind's store. An
 * A3 shows a map and an analysis of the same document, named in its fields (as its file names
 * them) or, for the analysis, the one asked from it; what it shows is drawn live from their
 * stores, through the registry, without naming their kinds.
 */
class A3Store : public ArtefactStore
{
    Q_OBJECT

public:
    A3Store(Document &document, const ArtefactKind &kind);

    static A3Store *of(const Document &document);

    EntityList<A3Report> &reportList() { return m_reports; }
    EntityList<PdcaStep> &stepList() { return m_steps; }
    const A3Report *report(EntityId id) const { return m_reports.find(id); }
    /** @p report's stage changes, oldest first. */
    QList<PdcaStep> historyOf(EntityId report) const;
    A3Sheet sheet(EntityId report) const;

    /** The map the current condition shows: the one named, else none. */
    EntityId mapOf(EntityId report) const;
    /** The analysis shown: the one named, else the first 5 Whys asked from the A3. */
    EntityId analysisOf(EntityId report) const;
    /** The root causes of the analysis shown, with their countermeasures. */
    QList<RootCause> rootCausesOf(EntityId report) const;

    QUndoCommand *addReport(const A3Sheet &sheet, const QString &text) const;
    QUndoCommand *removeReport(EntityId report);
    /** The name of the map (A3Report::Field::Map) or analysis (Whys) shown, as it reads now;
     *  as typed when it names nothing in the document. */
    QString shownName(EntityId report, A3Report::Field field) const;

    /** One field, one undo step (typing into a section merges into one); the map or the
     *  analysis shown is linked anew. */
    QUndoCommand *setField(EntityId report, A3Report::Field field, const QVariant &value);
    /** To @p to on @p on, noted in the history; null where PDCA does not go. Moving to
     *  Check records @p result, the measured figure. */
    QUndoCommand *moveStage(EntityId report,
                            A3Report::Stage to,
                            const QDate &on,
                            const QString &note = QString(),
                            std::optional<double> result = std::nullopt);
    /** A check that missed its target closes the loop in the data: back to Plan, the result
     *  noted, and the root causes of the analysis shown no longer taken as confirmed. */
    QUndoCommand *reopen(EntityId report, const QDate &on);
    /** A 5 Whys asking why the A3's theme happens, linked to it; null when no kind takes
     *  one. @p analysis is set to its id. */
    QUndoCommand *askWhy(EntityId report, EntityId *analysis);

    bool load(SqlConnection &db, QString *error) override;
    bool isDirty() const override;
    bool flush(SqlConnection &db, QString *error) override;
    void markStored() override;

    QList<EntityId> artefacts() const override { return m_outline.children(0); }
    QString artefactName(EntityId id) const override;
    QString summary(EntityId id) const override;
    bool contains(EntityId id) const override;
    EntityId artefactOf(EntityId id) const override;
    QVariant outlineData(EntityId id, int role) const override;

private:
    EntityId artefactNamed(const QString &name) const;
    const SourceLinks *linksOf(A3Report::Field field) const;

    EntityList<A3Report> m_reports;
    EntityList<PdcaStep> m_steps;
    ListOutline<A3Report> m_outline;
    SourceLinks m_shownMap;
    SourceLinks m_shownAnalysis;
};

} // namespace Takt
