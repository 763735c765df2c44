#pragma once

#include "agendaitem.h"
#include "document/namedregister.h"
#include "document/registerstore.h"
#include "document/sourcelinks.h"

namespace Takt {

class FacilitationTimer;

/** The agenda of one document: its items in order, grouped by day, each linked to the
 *  artefact it is about; the facilitation timer that runs them; the running balance. */
class AgendaStore : public RegisterStore<NamedRegister, AgendaItem>
{
    Q_OBJECT

public:
    AgendaStore(Document &document, const ArtefactKind &kind);

    static AgendaStore *of(const Document &document);

    const EntityList<AgendaItem> &items() const { return rows(); }
    FacilitationTimer *timer() const { return m_timer; }

    QUndoCommand *addItems(const QList<AgendaItem> &items, int index = -1);
    QUndoCommand *removeItems(const QSet<EntityId> &ids);
    /** @p item moved to @p index, as one undo step. */
    QUndoCommand *moveItem(EntityId item, int index);
    QString aboutName(const AgendaItem &item) const { return m_about.nameOf(item.id, item.about); }
    EntityId aboutOf(EntityId item) const { return m_about.sourceOf(item); }
    QUndoCommand *changeAbout(EntityId item, const QString &text);

    int lastDay() const;
    /** The day being run: that of the first item not yet run, else the last. */
    int currentDay() const;
    double plannedOn(int day) const;
    double actualOn(int day) const;
    /** Seconds the items run took beyond their plan (negative: ahead). */
    double balance() const;
    /** "12 min behind", "5 min ahead", "on time". */
    static QString balanceText(double seconds);
    /** Seconds as a room reads them: "20 min", "1 h 30 min", "45 s". */
    static QString minutesText(double seconds);

    bool takesFollowUps(FollowUp::Kind kind) const override
    {
        return kind == FollowUp::Kind::AgendaItem;
    }
    EntityId addFollowUp(const FollowUp &followUp, QUndoCommand *command) override;
    QList<EntityId> followUpsOf(EntityId source) const override { return m_carried.rowsOf(source); }

    QString summary(EntityId id) const override;

private:
    SourceLinks m_about;
    SourceLinks m_carried; // an item → the parked topic it was carried from
    FacilitationTimer *m_timer;
};

} // namespace Takt
