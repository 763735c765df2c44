#include "document/document.h"
#include "document/documentlock.h"
#include "document/schema.h"
#include "document/sqlconnection.h"
#include "testsupport.h"
#include "vsm/addremovemap.h"
#include "vsm/valuestreammap.h"
#include "vsm/vsmjson.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

/** Every way a file can fail to be a Takt document: each gets its own message naming the
 *  file, and the file is left byte for byte as it was. */
class tst_DocumentFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void readOnlyFileIsNeverSavedOver_data();
    void readOnlyFileIsNeverSavedOver();
    void readOnlyLaterIsNeverSavedOverEither();
    void fileMovedUnderItIsMissed();

private:
    QTemporaryDir m_dir;
    QString m_good;
};

void tst_DocumentFile::initTestCase()
{
    TaktTest::isolateAppData();
    QString error;
    auto document = Document::createNew(&error);
    QVERIFY2(document, qPrintable(error));
    // Enough content for several pages, so that damage can hit a table page.
    for (int i = 0; i < 8; ++i) {
        auto map = VsmJson::read(
            TaktTest::readAll(QStringLiteral(TAKT_SHARED_EXAMPLES "/ml-retraining-current.json")),
            [&] { return document->newId(); }, &error);
        QVERIFY2(map, qPrintable(error));
        document->undoStack()->push(new AddMap(document.get(), map.release()));
    }
    m_good = m_dir.filePath(QStringLiteral("good.takt"));
    QVERIFY2(document->save(m_good, &error), qPrintable(error));
}

void tst_DocumentFile::refusesBadFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");

    const QByteArray good = TaktTest::readAll(m_good);
    QVERIFY(good.size() > 4 * 4096);

    QByteArray otherApp;
    {
        const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
        SqlConnection db(path);
        db.exec(QStringLiteral("CREATE TABLE notes (text)"));
    }
    otherApp = TaktTest::readAll(m_dir.filePath(QStringLiteral("other.sqlite")));
    QByteArray geoPackage = otherApp;
    geoPackage.replace(68, 4, "GPKG");
    QByteArray newer = good;
    newer[63] = char(99);
    QByteArray corrupt = good;
    corrupt.replace(3 * 4096, 200, QByteArray(200, char(0x5A)));

    QTest::newRow("missing") << "" << QByteArray() << "does not exist";
    QTest::newRow("folder") << "folder.takt" << QByteArray() << "is a folder";
    QTest::newRow("empty") << "empty.takt" << QByteArray("") << "is empty";
    QTest::newRow("not SQLite") << "notes.takt" << QByteArray("Agenda:\n09:00 Gemba walk\n")
                                << "not an SQLite database";
    QTest::newRow("another app's SQLite")
        << "other.takt" << otherApp << "SQLite database of another application";
    QTest::newRow("GeoPackage") << "map.takt" << geoPackage << "another application (GeoPackage)";
    QTest::newRow("newer format")
        << "newer.takt" << newer
        << QStringLiteral("made by a newer version of Takt: format 99, this version reads up to %1")
               .arg(Schema::currentVersion());
    QTest::newRow("truncated") << "truncated.takt" << good.left(good.size() / 2) << "is truncated";
    QTest::newRow("corrupted page") << "corrupt.takt" << corrupt << "is damaged";
}

void tst_DocumentFile::refusesBadFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);

    QString path = m_dir.filePath(name.isEmpty() ? QStringLiteral("missing.takt") : name);
    if (name == QLatin1String("folder.takt"))
        QVERIFY(QDir().mkpath(path));
    else if (!name.isEmpty())
        QVERIFY(TaktTest::writeFile(path, content));
    const QByteArray before = TaktTest::readAll(path);

    QString error;
    auto document = Document::open(path, &error);
    QVERIFY(!document);
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(TaktTest::readAll(path), before);
    QVERIFY(!QFile::exists(DocumentLock::lockPathFor(path)));
}

void tst_DocumentFile::readOnlyFileIsNeverSavedOver_data()
{
    QTest::addColumn<bool>("folder");
    QTest::newRow("file") << false;
    QTest::newRow("folder") << true;
}

void tst_DocumentFile::readOnlyFileIsNeverSavedOver()
{
    // Permission bits, not access(): the same for a user and for root (this CI runs as root).
    QFETCH(bool, folder);
    QTemporaryDir dir;
    const QString shelf = dir.filePath(QStringLiteral("shelf"));
    QVERIFY(QDir().mkpath(shelf));
    const QString path = QDir(shelf).filePath(QStringLiteral("handed-out.takt"));
    QVERIFY(QFile::copy(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), path));
    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    // Put back whatever happens, or a failed run leaves a folder its user cannot delete.
    const auto putBack = qScopeGuard([&] {
        QFile::setPermissions(shelf, readOnly | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    if (folder) // a writable file on a read-only shelf: a save writes beside it, so it cannot
        QFile::setPermissions(shelf, readOnly | QFileDevice::ExeOwner);
    else
        QFile::setPermissions(path, readOnly);
    const QByteArray before = TaktTest::readAll(path);
    QString error;
    auto document = Document::open(path, &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY2(document->readOnlyReason().contains(folder ? QLatin1String("folder")
                                                        : QLatin1String("read-only")),
             qPrintable(document->readOnlyReason()));
    document->undoStack()->push(TaktTest::changeWorkshop(
        document.get(), WorkshopMetadata::Field::Title, QStringLiteral("Edited")));
    QVERIFY(!document->save(path, &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QVERIFY(document->isModified()); // the edit is kept, and said to be unsaved
    QCOMPARE(TaktTest::readAll(path), before);
    // Save As to a writable place keeps it all, and saving there goes on working.
    const QString elsewhere = dir.filePath(QStringLiteral("mine.takt"));
    QVERIFY2(document->save(elsewhere, &error), qPrintable(error));
    QVERIFY(document->readOnlyReason().isEmpty());
    QVERIFY2(document->save(elsewhere, &error), qPrintable(error));
    document.reset();
    QCOMPARE(Document::open(elsewhere, &error, Document::Access::ReadOnly)->metadata().title,
             QStringLiteral("Edited"));
}

void tst_DocumentFile::fileMovedUnderItIsMissed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workshop.takt"));
    QVERIFY(QFile::copy(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), path));
    QString error;
    auto document = Document::open(path, &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(!document->isFileMissing());
    QVERIFY(QFile::rename(path, dir.filePath(QStringLiteral("renamed.takt"))));
    QVERIFY(document->isFileMissing());
    QVERIFY(document->save(dir.filePath(QStringLiteral("saved.takt")), &error));
    QVERIFY(!document->isFileMissing());
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("saved.takt"))));
    QVERIFY(document->isFileMissing());
}

void tst_DocumentFile::readOnlyLaterIsNeverSavedOverEither()
{
    // Marked read-only while it is open: the next save finds out, and so does the title.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workshop.takt"));
    QVERIFY(QFile::copy(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString error;
    auto document = Document::open(path, &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(document->readOnlyReason().isEmpty());
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    const QByteArray before = TaktTest::readAll(path);
    QVERIFY(!document->save(path, &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QVERIFY(!document->readOnlyReason().isEmpty());
    QCOMPARE(TaktTest::readAll(path), before);
    // And writable again: the save goes through.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY2(document->save(path, &error), qPrintable(error));
    QVERIFY(document->readOnlyReason().isEmpty());
}

QTEST_GUILESS_MAIN(tst_DocumentFile)
#include "tst_documentfile.moc"
