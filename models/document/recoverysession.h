#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace Takt {

/**
 * A folder under AppDataLocation/recovery holding one open document's working copy and a note
 * saying which file it belongs to, which process edits it and whether it has unsaved changes.
 * After a crash, the next start finds the notes of dead processes and offers the edits back.
 */
class RecoverySession
{
public:
    struct Info
    {
        QString folder;
        QString filePath; // empty for a never-saved document
        QString title;
        QString host;
        qint64 pid = 0;
        bool modified = false;
        QDateTime updated;
        QString workingCopy() const;
    };

    ~RecoverySession();

    static std::unique_ptr<RecoverySession> create(QString *error);
    static QString rootFolder();
    /** Sessions left by processes that are gone: with unsaved edits first, newest first. */
    static QList<Info> orphans();
    static void discardFolder(const QString &folder);

    QString folder() const { return m_folder; }
    QString workingCopyPath() const;
    void update(const QString &filePath, const QString &title, bool modified);
    /** Keep the folder on destruction (a crash keeps it anyway). */
    void discard();

private:
    explicit RecoverySession(const QString &folder);
    QString m_folder;
    bool m_discarded = false;
};

} // namespace Takt
