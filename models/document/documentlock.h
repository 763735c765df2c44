#pragma once

#include <QCoreApplication>
#include <QString>

namespace Takt {

/**
 * Marks a document as open, beside it: ".NAME.takt.lock" naming the host, the user and the
 * process. A second Takt opening the same file reads it and explains who has it open, instead
 * of the two overwriting each other. A lock left by a dead process on this host is taken over.
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

    static QString lockPathFor(const QString &documentPath);
    static bool isProcessAlive(qint64 pid);
    static QString userName();

private:
    QString m_lockPath;
};

} // namespace Takt
