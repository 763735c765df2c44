#include "document/document.h"
#include "document/recoverysession.h"
#include "document/sqlconnection.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace Takt;

/** A real takt process, killed with SIGKILL mid-edit: the next start finds the edits. */
class tst_Recovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedProcessLeavesRecoverableEdits();
    void orphansOfCleanSessionsAreRemoved();

private:
    /** The note of the recovery session that a running Takt keeps for @p path, if any. */
    static QString sessionNoteFor(const QString &path);
    static QString workingCopyTitle(const QString &path);
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

void tst_Recovery::initTestCase()
{
    // The child and this test share one private AppDataLocation.
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    QCoreApplication::setOrganizationName(QStringLiteral("Takt"));
    QCoreApplication::setApplicationName(QStringLiteral("Takt"));
}

QString tst_Recovery::sessionNoteFor(const QString &path)
{
    const QDir root(RecoverySession::rootFolder());
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString note = QDir(root.filePath(name)).filePath(QStringLiteral("session.json"));
        const QJsonObject o = QJsonDocument::fromJson(TaktTest::readAll(note)).object();
        if (o.value(QLatin1String("file")).toString() == path)
            return note;
    }
    return {};
}

QString tst_Recovery::workingCopyTitle(const QString &path)
{
    const QString note = sessionNoteFor(path);
    if (note.isEmpty())
        return {};
    SqlConnection reader(QFileInfo(note).dir().filePath(QStringLiteral("working.takt")),
                         SqlConnection::Mode::ReadOnly);
    return reader.scalar(QStringLiteral("SELECT title FROM workshop")).toString();
}

void tst_Recovery::killedProcessLeavesRecoverableEdits()
{
    const QString path = m_home.filePath(QStringLiteral("workshop.takt"));
    QVERIFY(QFile::copy(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray saved = TaktTest::readAll(path);

    QProcess takt;
    takt.setProcessEnvironment(m_env);
    takt.start(
        QStringLiteral(TAKT_EXECUTABLE),
        {path, QStringLiteral("--automation-edit-title"), QStringLiteral("Edited, never saved")});
    QVERIFY(takt.waitForStarted());
    QByteArray output;
    QTRY_VERIFY2_WITH_TIMEOUT((output += takt.readAllStandardOutput()).contains("edited"),
                              takt.readAllStandardError().constData(), 20000);
    // The promise is at most the last second of edits lost: kill as soon as the edit is in
    // the working copy (the flush delay is tested in tst_document).
    QTRY_COMPARE_WITH_TIMEOUT(workingCopyTitle(path), QStringLiteral("Edited, never saved"), 20000);
    ::kill(pid_t(takt.processId()), SIGKILL);
    QVERIFY(takt.waitForFinished());
    QCOMPARE(TaktTest::readAll(path), saved); // the user's file was never written

    const auto orphans = RecoverySession::orphans();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().filePath, path);
    QVERIFY(orphans.first().modified);
    QCOMPARE(orphans.first().title, QStringLiteral("Edited, never saved"));

    QString error;
    auto recovered = Document::recover(orphans.first().folder, orphans.first().filePath, &error);
    QVERIFY2(recovered, qPrintable(error));
    QCOMPARE(recovered->metadata().title, QStringLiteral("Edited, never saved"));
    QCOMPARE(TaktTest::maps(*recovered).maps().size(), 2);
    QVERIFY(recovered->isModified());
    QCOMPARE(recovered->filePath(), path);
    QVERIFY(!QFileInfo::exists(orphans.first().folder));
    QVERIFY(recovered->save(path, &error));
    recovered.reset();
    auto reopened = Document::open(path, &error);
    QCOMPARE(reopened->metadata().title, QStringLiteral("Edited, never saved"));
}

void tst_Recovery::orphansOfCleanSessionsAreRemoved()
{
    const QString path = m_home.filePath(QStringLiteral("clean.takt"));
    QVERIFY(QFile::copy(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QProcess takt;
    takt.setProcessEnvironment(m_env);
    takt.start(QStringLiteral(TAKT_EXECUTABLE), {path});
    QVERIFY(takt.waitForStarted());
    // Wait until the window's session exists, so that the kill leaves something behind.
    QTRY_VERIFY_WITH_TIMEOUT(!sessionNoteFor(path).isEmpty(), 20000);
    ::kill(pid_t(takt.processId()), SIGKILL);
    QVERIFY(takt.waitForFinished());
    // Nothing was changed: nothing to offer, and the folder is cleaned up.
    QVERIFY(RecoverySession::orphans().isEmpty());
    QCOMPARE(
        QDir(RecoverySession::rootFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 0);
}

QTEST_GUILESS_MAIN(tst_Recovery)
#include "tst_recovery.moc"
