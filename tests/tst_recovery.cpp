#include "document/document.h"
#include "document/recoverysession.h"
#include "testsupport.h"

#include <QDir>
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
    QTest::qWait(1000); // the promise: at most the last second of edits is lost
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
    QCOMPARE(recovered->maps().size(), 2);
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
    const QDir root(RecoverySession::rootFolder());
    QTRY_COMPARE_WITH_TIMEOUT(root.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1, 20000);
    QTest::qWait(500);
    ::kill(pid_t(takt.processId()), SIGKILL);
    QVERIFY(takt.waitForFinished());
    // Nothing was changed: nothing to offer, and the folder is cleaned up.
    QVERIFY(RecoverySession::orphans().isEmpty());
    QCOMPARE(
        QDir(RecoverySession::rootFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 0);
}

QTEST_GUILESS_MAIN(tst_Recovery)
#include "tst_recovery.moc"
