#pragma once

#include "vsm/mapelement.h"
#include "workshopmetadata.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QSet>

#include <memory>

class QTimer;
class QUndoStack;

namespace Takt {

class DocumentLock;
class RecoverySession;
class SqlConnection;
class ValueStreamMap;

/**
 * One open workshop: its metadata and maps, the undo stack that changes them, and the working
 * copy they are flushed to. The working copy lives in a recovery folder, so a crash loses at
 * most the last flush interval; the user's file is only ever replaced whole, by save().
 */
class Document : public QObject
{
    Q_OBJECT

public:
    /** How long an edit may wait before it reaches the working copy. */
    static constexpr int FlushDelayMs = 250;

    ~Document() override;

    static std::unique_ptr<Document> createNew(QString *error);
    enum class Access { Edit, ReadOnly };
    /** ReadOnly (the command line's info, metrics, export) takes no lock: saves are atomic,
     *  so the copy it reads is whole even while a window edits the file. */
    static std::unique_ptr<Document>
    open(const QString &path, QString *error, Access access = Access::Edit);
    /** Reopens the working copy a crashed Takt left in @p recoveryFolder. */
    static std::unique_ptr<Document>
    recover(const QString &recoveryFolder, const QString &originalPath, QString *error);

    QString filePath() const { return m_filePath; }
    QString displayName() const;
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    QString workingCopyPath() const;
    /** Where the file was copied before migrating it from an older format, if it was: in the
     *  recovery folder until the first save, then beside the file as NAME.formatN.bak. */
    QString migrationBackupPath() const { return m_migrationBackup; }

    const WorkshopMetadata &metadata() const { return m_metadata; }
    void setMetadata(const WorkshopMetadata &metadata);

    const QList<ValueStreamMap *> &maps() const { return m_maps; }
    ValueStreamMap *map(EntityId id) const;
    ValueStreamMap *mapByName(const QString &name) const;
    /** @p wanted, or "wanted (2)", "wanted (3)"…: maps are told apart by name. */
    QString uniqueMapName(const QString &wanted) const;
    int mapIndex(EntityId id) const;
    /** Takes ownership. Commands only. */
    void insertMap(int index, ValueStreamMap *map);
    /** Gives up ownership to the caller. Commands only. */
    ValueStreamMap *takeMap(EntityId id);
    EntityId newId() { return m_nextId++; }

    /** Writes pending changes to the working copy in one transaction. */
    bool flush(QString *error = nullptr);
    /** Writes the document to @p path atomically; the previous file stays whole on failure. */
    bool save(const QString &path, QString *error);

Q_SIGNALS:
    void metadataChanged();
    void mapAboutToBeInserted(int index);
    void mapInserted(Takt::EntityId id);
    void mapAboutToBeRemoved(Takt::EntityId id);
    void mapRemoved(Takt::EntityId id);
    void mapPropertiesChanged(Takt::EntityId id);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    /** The working copy could not be written: edits are at risk until this is resolved. */
    void workingCopyFailed(const QString &message);

private:
    Document(std::unique_ptr<RecoverySession> session, std::unique_ptr<SqlConnection> db);
    /** The common start of open() and recover(): checks, locks and copies @p source. */
    static std::unique_ptr<Document> openCopy(const QString &source,
                                              const QString &lockedPath,
                                              bool backUpOlderFormat,
                                              QString *error);
    static std::unique_ptr<Document> openWorkingCopy(std::unique_ptr<RecoverySession> session,
                                                     const QString &sourceName,
                                                     QString *error);
    bool load(QString *error);
    void watchMap(ValueStreamMap *map);
    void scheduleFlush();
    void updateRecoveryNote();

    std::unique_ptr<RecoverySession> m_session;
    std::unique_ptr<SqlConnection> m_db;
    std::unique_ptr<DocumentLock> m_lock;
    QUndoStack *const m_undoStack;
    QTimer *const m_flushTimer;
    QString m_filePath;
    QString m_migrationBackup;
    WorkshopMetadata m_metadata;
    QList<ValueStreamMap *> m_maps;
    EntityId m_nextId = 1;
    int m_sourceFormat = -1; // the format of the file opened; an older one is backed up on save
    bool m_recovered = false;
    bool m_metadataDirty = false;
    bool m_mapListDirty = false;
    QSet<EntityId> m_dirtyMaps;
};

} // namespace Takt
