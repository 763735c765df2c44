#pragma once

#include "core/entityid.h"
#include "followup.h"
#include "measuredfigure.h"
#include "rootcause.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariant>

class QUndoCommand;

namespace Takt {

class ArtefactKind;
class Document;
class SqlConnection;

/**
 * What holds one kind's entities in an open document: it loads them, writes what changed
 * (in the document's transaction), lists its artefacts and gives the navigator its rows, a
 * tree of any depth addressed by entity ids. The document knows stores only through this.
 */
class ArtefactStore : public QObject
{
    Q_OBJECT

public:
    /** The navigator's roles, beyond Qt's display, tooltip and decoration. */
    enum OutlineRole {
        IdRole = Qt::UserRole + 1, // the EntityId the row shows
        KindRole, // the kind's key
        StatusRole, // a short status ("3 root causes, 1 unconfirmed"), shown beside the name
        OpenableRole, // whether an editor opens the row
    };

    ArtefactStore(Document &document, const ArtefactKind &kind);

    Document &document() const { return m_document; }
    const ArtefactKind &kind() const { return m_kind; }

    virtual bool load(SqlConnection &db, QString *error) = 0;
    virtual bool isDirty() const = 0;
    /** Writes what changed since the last flush; the document owns the transaction. */
    virtual bool flush(SqlConnection &db, QString *error) = 0;
    /** The flush was committed: what is here is what is stored. */
    virtual void markStored() = 0;

    /** The artefacts, in document order: what an editor opens and `--item` names. */
    virtual QList<EntityId> artefacts() const = 0;
    virtual QString artefactName(EntityId id) const = 0;
    /** The artefact named @p name, exactly or, when only one fits, whatever the case. */
    EntityId artefactByName(const QString &name) const;
    /** A few words about the artefact, as `takt info` lists it after its name and status
     *  ("12 elements, lead time 14.7 d"). */
    virtual QString summary(EntityId id) const;
    /** Any entity of this store by the name people call it ("Labeling", a map's name), within
     *  the artefact @p within if given: what a CSV's Source names (EntityNames). By default
     *  the artefacts'; 0 when none, or more than one, fits. */
    virtual EntityId entityNamed(const QString &name, EntityId within = 0) const
    {
        return within ? 0 : artefactByName(name);
    }
    /** The name of @p id, an artefact or a part of one, as entityNamed() finds it. */
    virtual QString entityName(EntityId id) const { return artefactName(id); }
    /** The artefact holding @p id (itself for an artefact): what an editor opens for it. */
    virtual EntityId artefactOf(EntityId id) const { return artefacts().contains(id) ? id : 0; }
    /** Whether @p id is an entity of this store: an artefact or any part of one. */
    virtual bool contains(EntityId id) const = 0;

    /** The navigator's rows under @p parent (0: the kind's top rows). */
    virtual QList<EntityId> outlineChildren(EntityId parent) const;
    virtual EntityId outlineParent(EntityId id) const;
    virtual QVariant outlineData(EntityId id, int role) const;

    /** Whether this store takes follow-ups of @p kind (FollowUps): the actions take actions. */
    virtual bool takesFollowUps(FollowUp::Kind kind) const
    {
        Q_UNUSED(kind)
        return false;
    }
    /** Adds @p followUp as a row of its own linked to its source, as children of @p command;
     *  the new row's id. */
    virtual EntityId addFollowUp(const FollowUp &followUp, QUndoCommand *command)
    {
        Q_UNUSED(followUp)
        Q_UNUSED(command)
        return 0;
    }
    /** This store's rows that follow from @p source. */
    virtual QList<EntityId> followUpsOf(EntityId source) const
    {
        Q_UNUSED(source)
        return {};
    }

    /** The root causes @p artefact, an analysis of this store, found, with their
     *  countermeasures: what an A3 showing it lists. */
    virtual QList<RootCause> rootCauses(EntityId artefact) const
    {
        Q_UNUSED(artefact)
        return {};
    }
    /** A check on @p on that missed its target: @p artefact's confirmed root causes are no
     *  longer taken as confirmed, @p reason noted in their evidence, as children of
     *  @p command. Whether there were any. */
    virtual bool doubtRootCauses(EntityId artefact,
                                 const QString &reason,
                                 const QDate &on,
                                 QUndoCommand *command)
    {
        Q_UNUSED(artefact)
        Q_UNUSED(reason)
        Q_UNUSED(on)
        Q_UNUSED(command)
        return false;
    }

    /** The people this kind knows by name (the attendance's participants): EntityNames::people. */
    virtual QStringList people() const { return {}; }

    /** The figures of this kind's artefacts that measurements can stand for (MeasuredFigures). */
    virtual QList<MeasurableFigure> measurableFigures() const { return {}; }
    /** One of measurableFigures(), by its target and key; a store with many figures answers
     *  without working out the others. */
    virtual std::optional<MeasurableFigure> measurableFigure(EntityId target,
                                                             const QString &key) const;
    /** What @p source, an entity of this store, measured for @p figure, if it has measured. */
    virtual std::optional<MeasuredSpread> measure(EntityId source,
                                                  const MeasurableFigure &figure) const
    {
        Q_UNUSED(source)
        Q_UNUSED(figure)
        return std::nullopt;
    }

Q_SIGNALS:
    /** Something is to be written: the document schedules a flush. */
    void modified();
    void outlineAboutToInsert(Takt::EntityId parent, int row);
    void outlineInserted(Takt::EntityId id);
    void outlineAboutToRemove(Takt::EntityId parent, int row);
    void outlineRemoved(Takt::EntityId id);
    void outlineChanged(Takt::EntityId id);
    /** After outlineRemoved(), once the navigator has finished with the row: what an editor
     *  of @p id closes on. */
    void artefactRemoved(Takt::EntityId id);
    /** After outlineInserted(), for a top row (an artefact an editor opens). */
    void artefactInserted(Takt::EntityId id);

private:
    Document &m_document;
    const ArtefactKind &m_kind;
};

} // namespace Takt
