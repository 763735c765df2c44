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
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
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

QString DocumentLock::acquire(const QString &documentPath)
{
    release();
    const QString path = lockPathFor(documentPath);
    const QString host = QSysInfo::machineHostName();
    const qint64 pid = QCoreApplication::applicationPid();
    QFile existing(path);
    if (existing.exists() && !existing.open(QIODevice::ReadOnly))
        return tr("%1 is locked by %2, which cannot be read: %3.")
            .arg(QDir::toNativeSeparators(documentPath), QDir::toNativeSeparators(path),
                 existing.errorString());
    if (existing.isOpen()) {
        const QJsonObject owner = QJsonDocument::fromJson(existing.readAll()).object();
        existing.close();
        const QString ownerHost = owner.value(QLatin1String("host")).toString();
        const qint64 ownerPid = owner.value(QLatin1String("pid")).toInteger();
        const QString ownerUser = owner.value(QLatin1String("user")).toString();
        const bool sameHost = ownerHost == host;
        if (sameHost && ownerPid == pid)
            return tr("%1 is already open in this Takt.")
                .arg(QDir::toNativeSeparators(documentPath));
        if (!sameHost || isProcessAlive(ownerPid)) {
            return tr("%1 is already open in Takt by %2 on %3 (process %4). Close it there "
                      "first, or open a copy. If that Takt is no longer running, delete %5.")
                .arg(QDir::toNativeSeparators(documentPath), ownerUser, ownerHost)
                .arg(ownerPid)
                .arg(QDir::toNativeSeparators(path));
        }
        QFile::remove(path); // left behind by a Takt that crashed on this host
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
