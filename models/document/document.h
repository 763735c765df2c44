#pragma once

#include "core/entityid.h"
#include "core/entitylist.h"
#include "core/idallocator.h"
#include "filesession.h"
#include "link.h"
#include "workshopmetadata.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <memory>

class QTimer;
class QUndoStack;

namespace Takt {

class ArtefactStore;
class FileSession;
class WorkshopRecord;

/**
 * One open workshop: the undo stack that changes it, the files behind it (FileSession), the
 * workshop record, the links between artefacts, and one store per registered artefact kind.
 * Every edit reaches the working copy within FlushDelayMs, in one transaction; the user's
 * file is only ever replaced whole, by save(). The document knows no artefact kind by name.
 */
class Document : public QObject
{
    Q_OBJECT

public:
    /** How long an edit may wait before it reaches the working copy. */
    static constexpr int FlushDelayMs = 250;
    /** How soon a working copy that could not be written is tried again. */
    static constexpr int FlushRetryMs = 2000;

    ~Document() override;

    static std::unique_ptr<Document> createNew(QString *error);
    /** Edit locks the file; ReadOnly (the command line's info, metrics, export) takes no lock:
     *  saves are atomic, so the copy it reads is whole even while a window edits the file.
     *  Copy opens an untitled copy; TakeOver breaks another Takt's lock (Open Anyway). */
    using Access = FileSession::Access;
    static std::unique_ptr<Document>
    open(const QString &path, QString *error, Access access = Access::Edit);
    /** Reopens the working copy a crashed Takt left in @p recoveryFolder. */
    static std::unique_ptr<Document>
    recover(const QString &recoveryFolder, const QString &originalPath, QString *error);

    QString filePath() const;
    QString displayName() const;
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    QString workingCopyPath() const;
    QString migrationBackupPath() const;
    /** Why save() cannot write over filePath() (it, or its folder, is read-only), or empty:
     *  the edits are kept, and Save As puts them elsewhere. */
    QString readOnlyReason() const { return m_session->readOnlyReason(); }
    /** Whether filePath() has gone (deleted, moved or renamed) since it was opened: the next
     *  save asks where rather than write a new file where the old one was. */
    bool isFileMissing() const { return m_session->isFileMissing(); }

    const WorkshopMetadata &metadata() const;
    /** The workshop record, the target of its field edits (ChangeField). */
    WorkshopRecord *workshop() const { return m_workshop; }

    EntityId newId() { return m_ids.next(); }

    /** One store per registered kind, in registry order. */
    const QList<ArtefactStore *> &stores() const { return m_stores; }
    ArtefactStore *store(const QString &kindKey) const;
    template<typename Store> Store *store() const
    {
        for (ArtefactStore *s : m_stores)
            if (auto *typed = qobject_cast<Store *>(s))
                return typed;
        return nullptr;
    }
    /** The store that holds @p id, whatever kind of entity it is. */
    ArtefactStore *storeOf(EntityId id) const;

    EntityList<Link> &links() { return m_links; }
    const EntityList<Link> &links() const { return m_links; }

    /** A store's measurements changed (MeasuredFigures): measuredChanged() follows. */
    void noteMeasuredChanged();

    /** Writes pending changes to the working copy in one transaction. */
    bool flush(QString *error = nullptr);
    /** Whether the last flush failed: the edits since are only in memory, and retried. */
    bool isWorkingCopyFailing() const { return m_flushFailing; }
    /** Writes the document to @p path atomically; the previous file stays whole on failure. */
    bool save(const QString &path, QString *error);

Q_SIGNALS:
    void metadataChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    /** An artefact (or a row of the navigator) was renamed or changed its status. */
    void artefactChanged(Takt::EntityId id);
    /** An artefact came into the document (added, or its deletion undone). */
    void artefactInserted(Takt::EntityId id);
    /** An artefact left the document (deleted, or its addition undone). */
    void artefactRemoved(Takt::EntityId id);
    /** What a measured figure shows may have changed: a series, a link or a figure changed.
     *  Announced once per batch of changes, from the event loop. */
    void measuredChanged();
    /** The working copy could not be written: edits are at risk until this is resolved. */
    void workingCopyFailed(const QString &message);
    /** The working copy is written again after workingCopyFailed(): nothing is at risk. */
    void workingCopyRestored();

private:
    explicit Document(std::unique_ptr<FileSession> session);
    static std::unique_ptr<Document>
    start(std::unique_ptr<FileSession> session, const QString &name, QString *error);
    bool load(QString *error);
    bool isDirty() const;
    bool writeIdMark();
    void scheduleFlush();
    void updateRecoveryNote();

    std::unique_ptr<FileSession> m_session;
    QUndoStack *const m_undoStack;
    QTimer *const m_flushTimer;
    bool m_flushFailing = false;
    WorkshopRecord *const m_workshop;
    IdAllocator m_ids;
    EntityList<Link> m_links;
    QList<ArtefactStore *> m_stores; // children of the document
    bool m_measuredPending = false;
};

} // namespace Takt
