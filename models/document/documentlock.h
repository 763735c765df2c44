#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Takt {

/**
 * Marks a document as open, beside it: ".NAME.takt.lock" naming the host, the user and the
 * process. A second Takt opening the same file reads it and explains who has it open, instead
 * of the two overwriting each other. A lock left by a process that is gone is taken over: on
 * this host, a process id that is not running, is a zombie, or now belongs to another process
 * (its start time differs, or the machine has rebooted since) holds nothing.
 */
class DocumentLock
{
    Q_DECLARE_TR_FUNCTIONS(DocumentLock)

public:
    DocumentLock() = default;
    ~DocumentLock();
    DocumentLock(const DocumentLock &) = delete;
    DocumentLock &operator=(const DocumentLock &) = delete;

    /** Returns an empty string on success, or why the document cannot be opened. A folder
     *  where no lock can be written (read-only medium) is not an error: it is opened unlocked. */
    QString acquire(const QString &documentPath);
    void release();
    bool isHeld() const { return !m_lockPath.isEmpty(); }

    /** Who holds a lock that is not stale. */
    struct Holder
    {
        QString user;
        QString host;
        qint64 pid = 0;
    };
    /** The live holder of @p documentPath's lock, or nothing when it is free or stale. */
    static std::optional<Holder> holder(const QString &documentPath);
    /** Removes @p documentPath's lock, whoever holds it (the user chose Open Anyway). */
    static bool breakLock(const QString &documentPath);

    static QString lockPathFor(const QString &documentPath);
    static bool isProcessAlive(qint64 pid);
    static QString userName();
    /** What tells this run of @p pid from a later process given the same id: its start time
     *  since boot, in clock ticks, and the boot's id; empty where the system does not say. */
    static QString processStart(qint64 pid);
    static QString bootId();

private:
    QString m_lockPath;
};

} // namespace Takt
