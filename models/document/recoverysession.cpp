#include "recoverysession.h"

#include "documentlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>

namespace Takt {

namespace {
const QLatin1String InfoFile("session.json");
const QLatin1String WorkingCopy("working.takt");
} // namespace

QString RecoverySession::Info::workingCopy() const
{
    return QDir(folder).filePath(WorkingCopy);
}

RecoverySession::RecoverySession(const QString &folder)
    : m_folder(folder)
{ }

RecoverySession::~RecoverySession()
{
    if (m_discarded)
        discardFolder(m_folder);
}

QString RecoverySession::rootFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery"));
}

std::unique_ptr<RecoverySession> RecoverySession::create(QString *error)
{
    const QString folder
        = QDir(rootFolder()).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QCoreApplication::translate("RecoverySession",
                                                 "Cannot create the recovery folder %1.")
                         .arg(QDir::toNativeSeparators(folder));
        return nullptr;
    }
    std::unique_ptr<RecoverySession> session(new RecoverySession(folder));
    session->update(QString(), QString(), false);
    return session;
}

QString RecoverySession::workingCopyPath() const
{
    return QDir(m_folder).filePath(WorkingCopy);
}

void RecoverySession::update(const QString &filePath, const QString &title, bool modified)
{
    QJsonObject note;
    note.insert(QLatin1String("file"), filePath);
    note.insert(QLatin1String("title"), title);
    note.insert(QLatin1String("host"), QSysInfo::machineHostName());
    note.insert(QLatin1String("pid"), QCoreApplication::applicationPid());
    note.insert(QLatin1String("modified"), modified);
    note.insert(QLatin1String("updated"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QSaveFile file(QDir(m_folder).filePath(InfoFile));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(note).toJson());
        file.commit();
    }
}

void RecoverySession::discard()
{
    m_discarded = true;
}

void RecoverySession::discardFolder(const QString &folder)
{
    QDir(folder).removeRecursively();
}

QList<RecoverySession::Info> RecoverySession::orphans()
{
    QList<Info> result;
    const QString host = QSysInfo::machineHostName();
    const QDir root(rootFolder());
    const auto folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : folders) {
        const QString folder = root.filePath(name);
        QFile file(QDir(folder).filePath(InfoFile));
        if (!file.open(QIODevice::ReadOnly)) {
            if (!QFile::exists(QDir(folder).filePath(WorkingCopy)))
                discardFolder(folder);
            continue;
        }
        const QJsonObject note = QJsonDocument::fromJson(file.readAll()).object();
        Info info;
        info.folder = folder;
        info.filePath = note.value(QLatin1String("file")).toString();
        info.title = note.value(QLatin1String("title")).toString();
        info.host = note.value(QLatin1String("host")).toString();
        info.pid = note.value(QLatin1String("pid")).toInteger();
        info.modified = note.value(QLatin1String("modified")).toBool();
        info.updated = QDateTime::fromString(note.value(QLatin1String("updated")).toString(),
                                             Qt::ISODateWithMs);
        // Another machine's session (a shared home folder) is not ours to judge or discard.
        if (info.host != host || DocumentLock::isProcessAlive(info.pid))
            continue;
        if (!info.modified) {
            discardFolder(folder); // nothing to recover: it was saved
            continue;
        }
        result << info;
    }
    std::sort(result.begin(), result.end(),
              [](const Info &a, const Info &b) { return a.updated > b.updated; });
    return result;
}

} // namespace Takt
