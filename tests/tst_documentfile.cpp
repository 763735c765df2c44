#include "document/document.h"
#include "document/documentlock.h"
#include "document/schema.h"
#include "document/sqlconnection.h"
#include "testsupport.h"
#include "vsm/addremovemap.h"
#include "vsm/valuestreammap.h"
#include "vsm/vsmjson.h"

#include <QDir>
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

QTEST_GUILESS_MAIN(tst_DocumentFile)
#include "tst_documentfile.moc"
