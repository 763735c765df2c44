#include "document/artefactfiles.h"
#include "document/document.h"
#include "document/schema.h"
#include "document/sqlconnection.h"
#include "document/workshopmetadata.h"
#include "faultvfs.h"
#include "pack/packexporter.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>

#include <sys/resource.h>

using namespace Takt;

/**
 * Injected I/O faults (issue 11, part 2): every write, sync, truncate and open SQLite makes
 * while Takt saves, saves as or flushes its working copy is made to fail in turn, with
 * SQLITE_FULL and with SQLITE_IOERR. Each time the save says so, the file on disk is the one
 * before it, whole, and opens; the work stays open, and the next save without a fault keeps
 * all of it.
 */
class tst_IoFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void faults_data();
    void faults();
    void workingCopyFlushRetries_data();
    void workingCopyFlushRetries();
    void migrationOfAnOlderFile_data() { addRows(false); }
    void migrationOfAnOlderFile();
    void importOfEachFormat_data() { addRows(false); }
    void importOfEachFormat();
    void autosaveRetriesUntilItWrites();
    void packOverTheFileSizeLimit();
    void cleanupTestCase();

private:
    /** The title of the document at @p path, read from a copy (the original is locked). */
    QString titleOf(const QString &path);
    void edit(Document &document);
    /** Every call kind with each code, and for saves, to the same file and to a new one. */
    static void addRows(bool withSaveAs);

    QTemporaryDir m_dir;
    int m_edits = 0;
    int m_points = 0; // fault points tried, over all rows
    int m_refused = 0; // of them, saves or flushes that failed and said so
};

void tst_IoFaults::initTestCase()
{
    TaktTest::isolateAppData();
    FaultVfs::install();
    QVERIFY(m_dir.isValid());
}

void tst_IoFaults::cleanupTestCase()
{
    qInfo("%d fault points tried; %d refused with a message, the rest absorbed by SQLite with "
          "everything kept",
          m_points, m_refused);
}

QString tst_IoFaults::titleOf(const QString &path)
{
    const QString copy = m_dir.filePath(QStringLiteral("check-%1.takt").arg(m_edits));
    QFile::remove(copy);
    if (!QFile::copy(path, copy))
        return QStringLiteral("(cannot copy)");
    QString error;
    auto document = Document::open(copy, &error, Document::Access::ReadOnly);
    return document ? document->metadata().title : QStringLiteral("(cannot open: %1)").arg(error);
}

void tst_IoFaults::edit(Document &document)
{
    document.undoStack()->push(TaktTest::changeWorkshop(&document, WorkshopMetadata::Field::Title,
                                                        QStringLiteral("Edit %1").arg(++m_edits)));
}

void tst_IoFaults::workingCopyFlushRetries_data()
{
    addRows(false);
}

void tst_IoFaults::faults_data()
{
    addRows(true);
}

void tst_IoFaults::addRows(bool withSaveAs)
{
    QTest::addColumn<int>("call");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("saveAs");
    const QList<QPair<const char *, FaultVfs::Call>> calls {{"write", FaultVfs::Call::Write},
                                                            {"sync", FaultVfs::Call::Sync},
                                                            {"truncate", FaultVfs::Call::Truncate},
                                                            {"open", FaultVfs::Call::Open}};
    for (const auto &[name, call] : calls)
        for (const auto &[codeName, code] :
             {std::pair {"full", SQLITE_FULL}, std::pair {"ioerr", SQLITE_IOERR}})
            for (bool saveAs : withSaveAs ? QList<bool> {false, true} : QList<bool> {false})
                QTest::newRow(qPrintable(
                    QStringLiteral("%1 %2 %3")
                        .arg(name, codeName,
                             saveAs ? QStringLiteral("save as") : QStringLiteral("save"))))
                    << int(call) << code << saveAs;
}

void tst_IoFaults::faults()
{
    QFETCH(int, call);
    QFETCH(int, code);
    QFETCH(bool, saveAs);
    const QString path = m_dir.filePath(QStringLiteral("workshop-%1.takt").arg(m_edits));
    QVERIFY(QFile::copy(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QString error;
    auto document = Document::open(path, &error);
    QVERIFY2(document, qPrintable(error));
    QString onDisk = document->metadata().title;
    // Every point in turn, until a save passes all of them.
    for (int nth = 1;; ++nth) {
        QVERIFY2(nth < 2000, "the fault never stopped striking");
        edit(*document);
        const QString wanted = document->metadata().title;
        const QString target
            = saveAs ? m_dir.filePath(QStringLiteral("as-%1.takt").arg(m_edits)) : path;
        FaultVfs::arm(FaultVfs::Call(call), nth, code);
        const bool saved = document->save(target, &error);
        const bool struck = FaultVfs::struck();
        FaultVfs::disarm();
        if (!struck) {
            QVERIFY2(saved, qPrintable(error));
            QCOMPARE(titleOf(target), wanted);
            break;
        }
        ++m_points;
        if (saved) { // SQLite absorbed it (a retried or a harmless call): then it is all there
            QCOMPARE(titleOf(target), wanted);
            onDisk = wanted;
            continue;
        }
        // Refused, and said so; what was on disk is still there, whole.
        ++m_refused;
        QVERIFY2(error.contains(QStringLiteral("could not be saved")), qPrintable(error));
        if (saveAs)
            QVERIFY2(!QFile::exists(target), qPrintable(target));
        QCOMPARE(titleOf(saveAs ? document->filePath() : path), onDisk);
        QCOMPARE(document->metadata().title, wanted); // the work is still open
        QVERIFY(document->isModified());
    }
    // The next save without a fault keeps everything.
    edit(*document);
    QVERIFY2(document->save(document->filePath(), &error), qPrintable(error));
    QCOMPARE(titleOf(document->filePath()), document->metadata().title);
}

void tst_IoFaults::workingCopyFlushRetries()
{
    QFETCH(int, call);
    QFETCH(int, code);
    QFETCH(bool, saveAs);
    Q_UNUSED(saveAs)
    const QString path = m_dir.filePath(QStringLiteral("flushed-%1.takt").arg(m_edits));
    QVERIFY(QFile::copy(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QString error;
    auto document = Document::open(path, &error);
    QVERIFY2(document, qPrintable(error));
    // The autosave's write: a failed one says why and keeps the edit to write the next time.
    for (int nth = 1;; ++nth) {
        QVERIFY2(nth < 2000, "the fault never stopped striking");
        edit(*document);
        FaultVfs::arm(FaultVfs::Call(call), nth, code);
        QString message;
        const bool flushed = document->flush(&message);
        const bool struck = FaultVfs::struck();
        FaultVfs::disarm();
        if (!struck) {
            QVERIFY(flushed);
            break;
        }
        ++m_points;
        if (!flushed) {
            ++m_refused;
            QVERIFY(!message.isEmpty());
            QVERIFY2(document->flush(&message), qPrintable(message)); // the retry writes it
        }
    }
    const QString wanted = document->metadata().title;
    QVERIFY2(document->save(path, &error), qPrintable(error));
    QCOMPARE(titleOf(path), wanted);
}

void tst_IoFaults::migrationOfAnOlderFile()
{
    QFETCH(int, call);
    QFETCH(int, code);
    const QString path = m_dir.filePath(QStringLiteral("old-%1-%2.takt").arg(call).arg(code));
    QVERIFY(TaktTest::writeFormat1(path));
    const QByteArray original = TaktTest::readAll(path);
    // Opening migrates a working copy: a fault there refuses the open, saying why, and the
    // file itself is never touched.
    for (int nth = 1;; ++nth) {
        QVERIFY2(nth < 2000, "the fault never stopped striking");
        QString error;
        FaultVfs::arm(FaultVfs::Call(call), nth, code);
        auto document = Document::open(path, &error);
        const bool struck = FaultVfs::struck();
        FaultVfs::disarm();
        QCOMPARE(TaktTest::readAll(path), original);
        if (document)
            QCOMPARE(document->metadata().title, QStringLiteral("From format 1"));
        if (!struck) {
            QVERIFY2(document, qPrintable(error));
            break;
        }
        ++m_points;
        if (!document) {
            ++m_refused;
            QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
        }
    }
}

void tst_IoFaults::importOfEachFormat()
{
    QFETCH(int, call);
    QFETCH(int, code);
    QString error;
    auto document = Document::createNew(&error);
    QVERIFY2(document, qPrintable(error));
    // Each format Takt reads, imported and written to the working copy under every fault.
    for (const char *file : {"ml-retraining-current.json", "retraining-whys.json",
                             "fraud-fishbone.json", "labeling-a3.json"}) {
        const QString source = QStringLiteral(TAKT_RESOURCE_EXAMPLES "/") + QLatin1String(file);
        for (int nth = 1;; ++nth) {
            QVERIFY2(nth < 5000, "the fault never stopped striking");
            QVERIFY2(ArtefactFiles::importFile(*document, source, &error), qPrintable(error));
            FaultVfs::arm(FaultVfs::Call(call), nth, code);
            QString message;
            const bool flushed = document->flush(&message);
            const bool struck = FaultVfs::struck();
            FaultVfs::disarm();
            if (struck) {
                ++m_points;
                m_refused += !flushed;
                QVERIFY(flushed || !message.isEmpty());
            }
            QVERIFY2(document->flush(&message), qPrintable(message)); // the retry writes it
            document->undoStack()->undo();
            QVERIFY2(document->flush(&message), qPrintable(message));
            if (!struck)
                break;
        }
    }
}

void tst_IoFaults::autosaveRetriesUntilItWrites()
{
    const QString path = m_dir.filePath(QStringLiteral("autosaved.takt"));
    QVERIFY(QFile::copy(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QString error;
    auto document = Document::open(path, &error);
    QVERIFY2(document, qPrintable(error));
    QSignalSpy failed(document.get(), &Document::workingCopyFailed);
    QSignalSpy restored(document.get(), &Document::workingCopyRestored);
    // A disk that is full from now on: the autosave fails, says so, and keeps trying.
    FaultVfs::arm(FaultVfs::Call::Write, 1, SQLITE_FULL, true);
    edit(*document);
    QTRY_VERIFY(failed.count() >= 1);
    QVERIFY(document->isWorkingCopyFailing());
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("recovery copy")));
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 2, 3 * Document::FlushRetryMs); // tried again
    // Room again: the next try writes it, with no further edit, and says so.
    FaultVfs::disarm();
    QTRY_VERIFY_WITH_TIMEOUT(restored.count() == 1, 3 * Document::FlushRetryMs);
    QVERIFY(!document->isWorkingCopyFailing());
    ++m_points;
    ++m_refused;
}

void tst_IoFaults::packOverTheFileSizeLimit()
{
    // The pack is written through a QSaveFile: a write refused at the file size limit
    // (RLIMIT_FSIZE, as a full disk refuses it) leaves the PDF that was there, and says so.
    QString error;
    auto document
        = Document::open(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), &error, Document::Access::ReadOnly);
    QVERIFY2(document, qPrintable(error));
    const QString pdf = m_dir.filePath(QStringLiteral("pack.pdf"));
    QVERIFY(TaktTest::writeFile(pdf, "the previous pack"));
    std::signal(SIGXFSZ, SIG_IGN); // as takt's main() does: a failed write, not a kill
    rlimit before {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
    rlimit small = before;
    small.rlim_cur = 32 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto result = PackExporter::write(*document, pdf, PackOptions(), {}, &error);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &before), 0);
    QCOMPARE(result, PackExporter::Result::Failed);
    QVERIFY2(error.contains(QStringLiteral("cannot be written"))
                 && error.contains(QStringLiteral("pack.pdf")),
             qPrintable(error));
    QCOMPARE(TaktTest::readAll(pdf), QByteArray("the previous pack"));
    // With room again, the same export writes the whole pack.
    QCOMPARE(PackExporter::write(*document, pdf, PackOptions(), {}, &error),
             PackExporter::Result::Written);
    QVERIFY(TaktTest::readAll(pdf).startsWith("%PDF"));
    ++m_points;
    ++m_refused;
}

QTEST_MAIN(tst_IoFaults)
#include "tst_iofaults.moc"
