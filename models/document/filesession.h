#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Takt {

class DocumentLock;
class RecoverySession;
class SqlConnection;

/**
 * The files behind one open document: the working copy in a recovery folder (every edit is
 * flushed there, so a crash loses at most the last flush interval), the lock beside the user's
 * file, and the user's file itself, which is read once on open and only ever replaced whole.
 */
class FileSession
{
    Q_DECLARE_TR_FUNCTIONS(FileSession)

public:
    ~FileSession();

    static std::unique_ptr<FileSession> createNew(QString *error);
    enum class Access {
        Edit, // locked for this Takt; refused while another has it
        ReadOnly, // no lock: the command line reads a whole file even while a window edits it
        Copy, // no lock, and untitled: "Save As" puts the work elsewhere
        TakeOver, // the user chose to open it anyway: another's lock is broken, then taken
    };
    /** Checks @p path, locks it as @p access says, and works on a migrated copy of it. */
    static std::unique_ptr<FileSession> open(const QString &path, Access access, QString *error);
    /** The working copy a crashed Takt left in @p recoveryFolder, for @p originalPath. */
    static std::unique_ptr<FileSession>
    recover(const QString &recoveryFolder, const QString &originalPath, QString *error);

    SqlConnection &database() const { return *m_db; }
    QString filePath() const { return m_filePath; }
    QString workingCopyPath() const;
    /** Edits not yet in a file of their own: recovered work, or a copy not yet saved. */
    bool isRecovered() const { return m_recovered; }
    /** The file this session is an untitled copy of (Access::Copy), or empty. */
    QString copiedFrom() const { return m_copiedFrom; }
    /** Where the file was copied before migrating it from an older format, if it was: in the
     *  recovery folder until the first save, then beside the file as NAME.formatN.bak. */
    QString migrationBackupPath() const { return m_migrationBackup; }

    /** Why the user's file cannot be saved over (it, or its folder, is read-only), or empty.
     *  The permission bits decide, not only access(): a file marked read-only stays so even
     *  for an administrator. Save As to a writable place clears it. */
    QString readOnlyReason() const { return m_readOnlyReason; }
    /** Whether the user's file has gone (deleted, moved or renamed) since it was opened. */
    bool isFileMissing() const;
    /** Why @p path cannot be written as a save writes it (a new file beside it, renamed over
     *  it), or empty. */
    static QString writeProblem(const QString &path);

    /** Writes the working copy to @p path atomically; the previous file stays whole on failure
     *  and @p error says why (without the file name: the caller words the message). */
    bool saveTo(const QString &path, QString *error);
    /** The recovery note: which file, which workshop, whether it has unsaved edits. */
    void updateNote(const QString &title, bool modified);

private:
    FileSession();
    static std::unique_ptr<FileSession> openCopy(const QString &source,
                                                 const QString &lockedPath,
                                                 bool backUpOlderFormat,
                                                 QString *error);
    bool openWorkingCopy(const QString &sourceName, QString *error);

    std::unique_ptr<RecoverySession> m_recovery;
    std::unique_ptr<SqlConnection> m_db;
    std::unique_ptr<DocumentLock> m_lock;
    QString m_filePath;
    QString m_copiedFrom;
    QString m_migrationBackup;
    QString m_readOnlyReason;
    int m_sourceFormat = -1; // the format of the file opened; an older one is backed up on save
    bool m_recovered = false;
};

} // namespace Takt
