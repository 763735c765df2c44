#include "documentlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#endif

namespace Takt {

namespace {
/** The fields of /proc/PID/stat after the command name (which may hold spaces and ")"). */
QList<QByteArray> statFields(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = file.readAll();
    const int end = stat.lastIndexOf(')');
    return end < 0 ? QList<QByteArray>() : stat.mid(end + 2).split(' ');
}
} // namespace

DocumentLock::~DocumentLock()
{
    release();
}

QString DocumentLock::lockPathFor(const QString &documentPath)
{
    const QFileInfo info(documentPath);
    return info.absoluteDir().filePath(QStringLiteral(".%1.lock").arg(info.fileName()));
}

bool DocumentLock::isProcessAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return false;
    DWORD code = 0;
    const bool alive = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return alive;
#else
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    // A zombie has ended; only its exit status is left for its parent to read.
    const QList<QByteArray> fields = statFields(pid);
    return fields.isEmpty() || (fields.first() != "Z" && fields.first() != "X");
#endif
}

QString DocumentLock::bootId()
{
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().trimmed())
                                          : QString();
}

QString DocumentLock::processStart(qint64 pid)
{
    // Field 3 is the state, field 22 the start time: 0 and 19 after the command name.
    const QList<QByteArray> fields = statFields(pid);
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
}

QString DocumentLock::userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty()) // a service or container without USER: the home folder's name
        name = QFileInfo(QDir::homePath()).fileName();
    return name.isEmpty() ? tr("an unknown user") : name;
}

namespace {
struct LockFile
{
    bool exists = false;
    QString readError;
    QJsonObject owner;
};

LockFile readLock(const QString &path)
{
    LockFile lock;
    QFile file(path);
    lock.exists = file.exists();
    if (!lock.exists)
        return lock;
    if (!file.open(QIODevice::ReadOnly))
        lock.readError = file.errorString();
    else
        lock.owner = QJsonDocument::fromJson(file.readAll()).object();
    return lock;
}

/** Whether the process that wrote @p owner may still hold it; false only when that is sure. */
bool mayStillHold(const QJsonObject &owner)
{
    if (owner.value(QLatin1String("host")).toString() != QSysInfo::machineHostName())
        return true; // another machine (a shared folder): nothing here can tell
    const qint64 pid = owner.value(QLatin1String("pid")).toInteger();
    if (!DocumentLock::isProcessAlive(pid))
        return false;
    // The same id after a reboot, or given to a later process, is not the Takt that locked.
    const QString boot = owner.value(QLatin1String("boot")).toString();
    if (!boot.isEmpty() && boot != DocumentLock::bootId())
        return false;
    const QString started = owner.value(QLatin1String("started")).toString();
    return started.isEmpty() || started == DocumentLock::processStart(pid);
}
} // namespace

std::optional<DocumentLock::Holder> DocumentLock::holder(const QString &documentPath)
{
    const LockFile lock = readLock(lockPathFor(documentPath));
    if (!lock.exists || !lock.readError.isEmpty() || !mayStillHold(lock.owner))
        return std::nullopt;
    return Holder {lock.owner.value(QLatin1String("user")).toString(),
                   lock.owner.value(QLatin1String("host")).toString(),
                   lock.owner.value(QLatin1String("pid")).toInteger()};
}

bool DocumentLock::breakLock(const QString &documentPath)
{
    const QString path = lockPathFor(documentPath);
    return !QFile::exists(path) || QFile::remove(path);
}

QString DocumentLock::acquire(const QString &documentPath)
{
    release();
    const QString path = lockPathFor(documentPath);
    const QString host = QSysInfo::machineHostName();
    const qint64 pid = QCoreApplication::applicationPid();
    const LockFile existing = readLock(path);
    if (!existing.readError.isEmpty())
        return tr("%1 is locked by %2, which cannot be read: %3.")
            .arg(QDir::toNativeSeparators(documentPath), QDir::toNativeSeparators(path),
                 existing.readError);
    if (existing.exists) {
        const QJsonObject &owner = existing.owner;
        const qint64 ownerPid = owner.value(QLatin1String("pid")).toInteger();
        const QString ownerHost = owner.value(QLatin1String("host")).toString();
        if (ownerHost == host && ownerPid == pid)
            return tr("%1 is already open in this Takt.")
                .arg(QDir::toNativeSeparators(documentPath));
        if (mayStillHold(owner)) {
            return tr("%1 is already open in Takt by %2 on %3 (process %4). Close it there "
                      "first, or open a copy. If that Takt is no longer running, delete %5.")
                .arg(QDir::toNativeSeparators(documentPath),
                     owner.value(QLatin1String("user")).toString(), ownerHost)
                .arg(ownerPid)
                .arg(QDir::toNativeSeparators(path));
        }
        QFile::remove(path); // left behind by a Takt that is gone
    }
    QFile lock(path);
    if (!lock.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        // Another Takt made it a moment ago: it is locked. A folder Takt cannot write to
        // (a read-only medium) cannot be saved over either: open it unlocked, not refused.
        if (QFile::exists(path))
            return tr("%1 is being opened by another Takt right now.")
                .arg(QDir::toNativeSeparators(documentPath));
        return {};
    }
    QJsonObject owner;
    owner.insert(QLatin1String("host"), host);
    owner.insert(QLatin1String("user"), userName());
    owner.insert(QLatin1String("pid"), pid);
    owner.insert(QLatin1String("boot"), bootId());
    owner.insert(QLatin1String("started"), processStart(pid));
    lock.write(QJsonDocument(owner).toJson(QJsonDocument::Compact));
    lock.close();
    m_lockPath = path;
    return {};
}

void DocumentLock::release()
{
    if (!m_lockPath.isEmpty())
        QFile::remove(m_lockPath);
    m_lockPath.clear();
}

} // namespace Takt
