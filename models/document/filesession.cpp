#include "filesession.h"

#include "documentfile.h"
#include "documentlock.h"
#include "recoverysession.h"
#include "schema.h"
#include "sqlconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

namespace Takt {

namespace {

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

FileSession::FileSession()
    : m_lock(std::make_unique<DocumentLock>())
{ }

FileSession::~FileSession()
{
    // A deliberate close: whatever the user chose to keep was saved, the rest discarded.
    m_db.reset();
    if (m_recovery)
        m_recovery->discard();
}

QString FileSession::workingCopyPath() const
{
    return m_recovery->workingCopyPath();
}

std::unique_ptr<FileSession> FileSession::createNew(QString *error)
{
    std::unique_ptr<FileSession> session(new FileSession);
    session->m_recovery = RecoverySession::create(error);
    if (!session->m_recovery)
        return nullptr;
    session->m_db = std::make_unique<SqlConnection>(session->workingCopyPath());
    QString message;
    if (!session->m_db->isOpen() || !Schema::create(*session->m_db, &message)) {
        if (error)
            *error = tr("Cannot create a new document in %1: %2")
                         .arg(nativeName(session->m_recovery->folder()),
                              session->m_db->isOpen() ? message : session->m_db->errorText());
        return nullptr;
    }
    return session;
}

std::unique_ptr<FileSession> FileSession::open(const QString &path, Access access, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (access == Access::TakeOver && DocumentFile::inspect(absolute, nullptr).isEmpty())
        DocumentLock::breakLock(absolute);
    const bool lock = access == Access::Edit || access == Access::TakeOver;
    auto session = openCopy(absolute, lock ? absolute : QString(), true, error);
    if (!session)
        return nullptr;
    if (access == Access::Copy) {
        session->m_copiedFrom = absolute;
        session->m_recovered = true; // its work is in no file yet: closing asks where to save
    } else {
        session->m_filePath = absolute;
        session->m_readOnlyReason = writeProblem(absolute);
    }
    return session;
}

QString FileSession::writeProblem(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    const auto writable = [](const QFileInfo &info) {
        return info.isWritable()
            && (info.permissions()
                & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther));
    };
    if (file.exists() && !writable(file))
        return tr("the file is read-only");
    if (!writable(folder))
        return tr("its folder %1 is read-only").arg(nativeName(folder.absoluteFilePath()));
    return {};
}

bool FileSession::isFileMissing() const
{
    return !m_filePath.isEmpty() && !QFileInfo::exists(m_filePath);
}

std::unique_ptr<FileSession>
FileSession::recover(const QString &recoveryFolder, const QString &originalPath, QString *error)
{
    const QString source = QDir(recoveryFolder).filePath(QStringLiteral("working.takt"));
    auto session = openCopy(source, originalPath, false, error);
    if (!session)
        return nullptr;
    session->m_filePath = originalPath;
    session->m_readOnlyReason = originalPath.isEmpty() ? QString() : writeProblem(originalPath);
    session->m_recovered = true;
    // The file the edits belong to may be of an older format: its first save keeps a copy.
    DocumentFile::Header original;
    if (!originalPath.isEmpty() && DocumentFile::inspect(originalPath, &original).isEmpty()
        && int(original.userVersion) < Schema::currentVersion())
        session->m_sourceFormat = int(original.userVersion);
    RecoverySession::discardFolder(recoveryFolder); // its edits now live in the new session
    return session;
}

std::unique_ptr<FileSession> FileSession::openCopy(const QString &source,
                                                   const QString &lockedPath,
                                                   bool backUpOlderFormat,
                                                   QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return nullptr;
    };
    // A crash in the middle of a flush leaves a hot journal beside the working copy: it is
    // copied along, and SQLite rolls the copy back to the last complete flush when it opens.
    const QString journal = source + QStringLiteral("-journal");
    const bool hotJournal = !backUpOlderFormat && QFile::exists(journal);
    DocumentFile::Header header;
    if (const QString problem = DocumentFile::inspect(source, &header);
        !problem.isEmpty() && !hotJournal)
        return fail(problem);
    std::unique_ptr<FileSession> session(new FileSession);
    if (!lockedPath.isEmpty()) {
        if (const QString problem = session->m_lock->acquire(lockedPath); !problem.isEmpty())
            return fail(problem);
    }
    session->m_recovery = RecoverySession::create(error);
    if (!session->m_recovery)
        return nullptr;
    const QString copy = session->workingCopyPath();
    // Work on a copy: the source is read once here and the user's file replaced whole on save,
    // never written in place, so a crash or a failed check cannot damage it.
    // A copy that fails is said as it failed: a full disk is not an unreadable file.
    QFile original(source);
    QFile hot(journal);
    if (!original.copy(copy))
        return fail(tr("%1 cannot be opened: its recovery copy in %2 cannot be written: %3.")
                        .arg(nativeName(source), nativeName(session->m_recovery->folder()),
                             original.errorString()));
    if (hotJournal && !hot.copy(copy + QStringLiteral("-journal")))
        return fail(tr("%1 cannot be opened: its journal cannot be copied: %2.")
                        .arg(nativeName(source), hot.errorString()));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // An older format is migrated in the working copy. The original is kept in the session
    // now, and beside the file when a save first replaces it (older Takt cannot read the new).
    if (backUpOlderFormat && int(header.userVersion) < Schema::currentVersion()) {
        const QString backup = QDir(session->m_recovery->folder())
                                   .filePath(QStringLiteral("%1.format%2.bak")
                                                 .arg(QFileInfo(source).fileName())
                                                 .arg(header.userVersion));
        if (QFile::copy(source, backup))
            session->m_migrationBackup = backup;
    }
    if (!session->openWorkingCopy(source, error))
        return nullptr;
    session->m_sourceFormat = backUpOlderFormat ? int(header.userVersion) : -1;
    return session;
}

bool FileSession::openWorkingCopy(const QString &sourceName, QString *error)
{
    const QString name = nativeName(sourceName);
    m_db = std::make_unique<SqlConnection>(workingCopyPath());
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_db->isOpen())
        return fail(tr("%1 cannot be opened: %2").arg(name, m_db->errorText()));
    const QVariant check = m_db->scalar(QStringLiteral("PRAGMA quick_check"));
    if (check.toString() != QLatin1String("ok"))
        return fail(tr("%1 is damaged and cannot be opened (%2). Use a backup copy.")
                        .arg(name, check.isValid() ? check.toString() : m_db->errorText()));
    const int version = Schema::version(*m_db);
    if (version < Schema::currentVersion()) {
        QString message;
        if (!Schema::migrate(*m_db, version, &message))
            return fail(tr("%1 could not be brought up to date from format %2: %3")
                            .arg(name)
                            .arg(version)
                            .arg(message));
    }
    m_db->exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    return true;
}

void FileSession::updateNote(const QString &title, bool modified)
{
    if (m_recovery)
        m_recovery->update(m_filePath, title, modified || m_recovered);
}

bool FileSession::saveTo(const QString &path, QString *error)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    // Asked again at every save: the file, or its folder, may have changed since it opened.
    // The permission bits decide, so root does not write over a file marked read-only either.
    if (const QString problem = writeProblem(target); !problem.isEmpty()) {
        if (target == m_filePath)
            m_readOnlyReason = problem;
        return fail(problem);
    }
    std::unique_ptr<DocumentLock> newLock;
    if (target != m_filePath) {
        newLock = std::make_unique<DocumentLock>();
        const QString lockProblem = newLock->acquire(target);
        if (!lockProblem.isEmpty())
            return fail(lockProblem);
    }

    // VACUUM INTO gives a compact, self-contained copy (no -wal, no -journal); it is then
    // streamed into a QSaveFile, which writes a temporary file beside the target, syncs it and
    // renames it over the target only when everything was written.
    const QString snapshot
        = QDir(m_recovery->folder())
              .filePath(
                  QStringLiteral("save-%1.takt").arg(QUuid::createUuid().toString(QUuid::Id128)));
    QString quoted = snapshot;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    if (!m_db->exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted))) {
        QFile::remove(snapshot);
        return fail(m_db->errorText());
    }
    QFile in(snapshot);
    QSaveFile out(target);
    if (!in.open(QIODevice::ReadOnly)) {
        QFile::remove(snapshot);
        return fail(in.errorString());
    }
    if (!out.open(QIODevice::WriteOnly)) {
        QFile::remove(snapshot);
        return fail(out.errorString());
    }
    bool written = true;
    while (written && !in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        written = out.write(chunk) == chunk.size();
    }
    in.close();
    QFile::remove(snapshot);
    if (!written) {
        const QString reason = out.errorString();
        out.cancelWriting();
        out.commit();
        return fail(reason);
    }
    if (m_sourceFormat > 0 && m_sourceFormat < Schema::currentVersion() && target == m_filePath
        && QFile::exists(target)) {
        // The first save replaces an older format: keep the original beside it.
        const QString beside = QStringLiteral("%1.format%2.bak").arg(target).arg(m_sourceFormat);
        QFile::remove(beside);
        if (!QFile::copy(target, beside)) {
            out.cancelWriting();
            out.commit();
            return fail(tr("the copy of the older-format file could not be written to %1")
                            .arg(nativeName(beside)));
        }
        m_migrationBackup = beside;
        m_sourceFormat = Schema::currentVersion();
    }
    if (!out.commit())
        return fail(out.errorString());

    if (newLock)
        m_lock = std::move(newLock);
    m_filePath = target;
    m_readOnlyReason.clear(); // it was just written
    m_recovered = false;
    return true;
}

} // namespace Takt
