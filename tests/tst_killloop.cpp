#include "document/document.h"
#include "document/recoverysession.h"
#include "document/sqlconnection.h"
#include "killloop/documentstate.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Takt;

namespace {

/** The driver's journal (killloop/killdriver.cpp), its complete lines only. */
struct Journal
{
    struct Step
    {
        qint64 ms = 0;
        QByteArray digest;
    };
    struct Save
    {
        int step = 0;
        QString path;
        bool done = false;
    };
    QList<Step> steps; // by number
    QList<Save> saves;

    static Journal read(const QString &path);
};

Journal Journal::read(const QString &path)
{
    Journal journal;
    QByteArray bytes = TaktTest::readAll(path);
    bytes.truncate(bytes.lastIndexOf('\n') + 1); // the line being written when killed
    for (const QByteArray &line : bytes.split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (words.value(0) == "step" && words.size() == 4)
            journal.steps.append({words.at(2).toLongLong(), words.at(3)});
        else if (words.value(0) == "save" && words.size() >= 3)
            journal.saves.append({words.at(1).toInt(),
                                  QString::fromUtf8(line.mid(line.indexOf(' ', 5) + 1)), false});
        else if (words.value(0) == "saved" && !journal.saves.isEmpty())
            journal.saves.last().done = true;
    }
    return journal;
}

QString integrityOf(const QString &path)
{
    SqlConnection db(path, SqlConnection::Mode::ReadOnly);
    return db.isOpen() ? db.scalar(QStringLiteral("PRAGMA integrity_check")).toString()
                       : db.errorText();
}

} // namespace

/**
 * The kill loop (issue 11, part 1): the driver edits a document at random, every kind and
 * command, and is killed with SIGKILL at a random moment. The recovered working copy must be
 * whole and hold the state after some prefix of the edits, missing at most the last second of
 * them; a save or save as that was killed leaves its target the old file or the new one.
 * Each run's seed is in its failure message: TAKT_KILL_FIRST_SEED=S TAKT_KILL_RUNS=1 runs the
 * same edits and kills after the same delay (where that falls among the edits varies a little).
 */
class tst_KillLoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recoversAPrefixOfTheEdits();
    void cleanupTestCase();

private:
    void run(quint32 seed);
    /** What the user finds after the kill: the recovered working copy, or the saved file. */
    void recover(const Journal &journal, quint32 seed, QList<QByteArray> *found);
    static int lastSavedStep(const Journal &journal);
    void checkSaves(const Journal &journal, quint32 seed);
    static QByteArray digestOfFile(const QString &path, QString *error);

    QList<qint64> m_lossMs; // of each run
    int m_runs = 0;
    int m_killedInASave = 0;
    int m_recovered = 0; // runs that left a working copy to recover
    int m_hotJournals = 0; // of them, killed in a flush: a journal beside the working copy
    int m_beyondTheSave = 0; // runs whose working copy held edits after the last save
    bool m_fromWorkingCopy = false; // this run's
    int m_steps = 0;
};

void tst_KillLoop::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TaktKillLoop"));
    QCoreApplication::setApplicationName(QStringLiteral("TaktKillLoop"));
}

void tst_KillLoop::recoversAPrefixOfTheEdits()
{
    const quint32 first = qEnvironmentVariableIntValue("TAKT_KILL_FIRST_SEED");
    const int runs = qEnvironmentVariableIsSet("TAKT_KILL_RUNS")
        ? qEnvironmentVariableIntValue("TAKT_KILL_RUNS")
        : TAKT_KILL_RUNS;
    for (int i = 0; i < runs; ++i) {
        run(first + quint32(i));
        if (QTest::currentTestFailed())
            return;
    }
}

void tst_KillLoop::run(quint32 seed)
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The driver's recovery folder, and where this harness looks for it.
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    const QString journalPath = dir.filePath(QStringLiteral("journal"));
    QProcess driver;
    driver.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    driver.start(QStringLiteral(TAKT_KILL_DRIVER),
                 {QString::number(seed), dir.path(), journalPath});
    QVERIFY2(driver.waitForStarted(), qPrintable(driver.errorString()));
    // Anywhere from before the document exists to well into the edits and saves.
    const int delay = int(QRandomGenerator(seed).bounded(20, 1500));
    qint64 killedAt = 0;
    QEventLoop loop;
    QTimer::singleShot(delay, &loop, [&] {
        killedAt = QDeadlineTimer::current().deadline(); // the driver's clock
        driver.kill(); // SIGKILL
    });
    connect(&driver, &QProcess::finished, &loop, &QEventLoop::quit);
    if (driver.state() != QProcess::NotRunning)
        loop.exec();
    QVERIFY2(killedAt,
             qPrintable(QStringLiteral("seed %1: the driver ended by itself: %2")
                            .arg(seed)
                            .arg(QString::fromLocal8Bit(driver.readAllStandardError()))));
    driver.waitForFinished();

    const Journal journal = Journal::read(journalPath);
    ++m_runs;
    m_steps += journal.steps.size();
    if (!journal.saves.isEmpty() && !journal.saves.last().done)
        ++m_killedInASave;
    QList<QByteArray> found; // what the user may find: one state, or two around a save
    recover(journal, seed, &found);
    if (QTest::currentTestFailed() || journal.steps.isEmpty())
        return;
    int k = int(journal.steps.size()) - 1;
    while (k >= 0 && !found.contains(journal.steps.at(k).digest))
        --k;
    QVERIFY2(k >= 0,
             qPrintable(QStringLiteral("seed %1: the recovered document is the state "
                                       "after none of the %2 edits")
                            .arg(seed)
                            .arg(journal.steps.size())));
    if (m_fromWorkingCopy && k > lastSavedStep(journal))
        ++m_beyondTheSave; // the working copy, not a save, kept these edits
    const qint64 loss = k + 1 < journal.steps.size() ? killedAt - journal.steps.at(k + 1).ms : 0;
    m_lossMs << loss;
    QVERIFY2(loss <= 1000,
             qPrintable(QStringLiteral("seed %1: %2 ms of edits lost (%3 of %4)")
                            .arg(seed)
                            .arg(loss)
                            .arg(journal.steps.size() - 1 - k)
                            .arg(journal.steps.size())));
    checkSaves(journal, seed);
}

int tst_KillLoop::lastSavedStep(const Journal &journal)
{
    int step = -1;
    for (const Journal::Save &save : journal.saves)
        if (save.done)
            step = save.step;
    return step;
}

void tst_KillLoop::recover(const Journal &journal, quint32 seed, QList<QByteArray> *found)
{
    const QList<RecoverySession::Info> orphans = RecoverySession::orphans();
    QString error;
    m_fromWorkingCopy = !orphans.isEmpty();
    if (orphans.isEmpty()) {
        // Nothing unsaved was noted: the user opens the file the document was last saved as,
        // or the one a save was writing when it was killed, if that save got as far as the
        // rename (or, before the first save, starts again from nothing).
        QString saved;
        for (const Journal::Save &save : journal.saves)
            if (save.done)
                saved = save.path;
        if (saved.isEmpty() && !journal.steps.isEmpty())
            found->append(journal.steps.first().digest);
        if (!saved.isEmpty()) {
            found->append(digestOfFile(saved, &error));
            QVERIFY2(!found->last().isEmpty(),
                     qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(error)));
        }
        if (!journal.saves.isEmpty() && !journal.saves.last().done
            && QFile::exists(journal.saves.last().path))
            found->append(digestOfFile(journal.saves.last().path, &error));
        return;
    }
    QCOMPARE(orphans.size(), 1);
    ++m_recovered;
    // Recovery copies a hot journal along and SQLite rolls the copy back when it opens it:
    // the check runs on what recovery made of it, not on a copy this test rolled back first.
    if (QFile::exists(orphans.first().workingCopy() + QStringLiteral("-journal")))
        ++m_hotJournals;
    auto document = Document::recover(orphans.first().folder, orphans.first().filePath, &error);
    QVERIFY2(document,
             qPrintable(QStringLiteral("seed %1: not recovered: %2").arg(seed).arg(error)));
    QCOMPARE(integrityOf(document->workingCopyPath()), QStringLiteral("ok"));
    found->append(DocumentState::digest(*document));
}

QByteArray tst_KillLoop::digestOfFile(const QString &path, QString *error)
{
    const QString integrity = integrityOf(path);
    if (integrity != QLatin1String("ok")) {
        *error = QStringLiteral("%1: integrity_check: %2").arg(path, integrity);
        return {};
    }
    auto document = Document::open(path, error, Document::Access::ReadOnly);
    return document ? DocumentState::digest(*document) : QByteArray();
}

void tst_KillLoop::checkSaves(const Journal &journal, quint32 seed)
{
    QSet<QString> paths;
    for (const Journal::Save &save : journal.saves)
        paths.insert(save.path);
    for (const QString &path : paths) {
        // What the file may hold: the state of its last save, and, when that one was killed,
        // what its last completed save wrote (nothing, if there was none).
        QList<QByteArray> allowed;
        bool mayBeAbsent = true;
        for (const Journal::Save &save : journal.saves) {
            if (save.path != path)
                continue;
            if (!save.done)
                allowed.append(journal.steps.value(save.step).digest);
            else
                allowed = {journal.steps.value(save.step).digest}, mayBeAbsent = false;
        }
        if (!QFile::exists(path)) {
            QVERIFY2(mayBeAbsent,
                     qPrintable(QStringLiteral("seed %1: %2 is gone").arg(seed).arg(path)));
            continue;
        }
        QString error;
        const QByteArray digest = digestOfFile(path, &error);
        QVERIFY2(!digest.isEmpty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(error)));
        QVERIFY2(allowed.contains(digest),
                 qPrintable(QStringLiteral("seed %1: %2 is neither the old file nor the new one")
                                .arg(seed)
                                .arg(path)));
    }
}

void tst_KillLoop::cleanupTestCase()
{
    std::sort(m_lossMs.begin(), m_lossMs.end());
    const qint64 p99 = m_lossMs.isEmpty() ? 0 : m_lossMs.at(int((m_lossMs.size() - 1) * 0.99));
    qInfo("%d runs killed, %d of them during a save, %d with a working copy recovered (%d "
          "killed in a flush, %d holding edits after the last save); %d edits; edits lost: at "
          "most %.3f s, 99th percentile %.3f s",
          m_runs, m_killedInASave, m_recovered, m_hotJournals, m_beyondTheSave, m_steps,
          m_lossMs.isEmpty() ? 0.0 : m_lossMs.last() / 1000.0, p99 / 1000.0);
    // A loop where saves, not the working copy, kept everything would prove nothing of it.
    if (m_runs >= 10)
        QVERIFY2(m_beyondTheSave > m_runs / 8, // about 3 in 8 do
                 "too few runs recovered edits that only the working copy had");
}

QTEST_GUILESS_MAIN(tst_KillLoop)
#include "tst_killloop.moc"
