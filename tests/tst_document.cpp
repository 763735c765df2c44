#include "document/document.h"
#include "document/documentlock.h"
#include "document/recoverysession.h"
#include "document/schema.h"
#include "document/sqlconnection.h"
#include "testsupport.h"
#include "vsm/addremovemap.h"
#include "vsm/futurestate.h"
#include "vsm/mapmetrics.h"
#include "vsm/valuestreammap.h"
#include "vsm/vsmjson.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace Takt;
using F = WorkshopMetadata::Field;

class tst_Document : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TaktTest::isolateAppData(); }
    void createEditSaveReopen();
    void savedFileIsOneCompleteFile();
    void undoRedoMetadata();
    void undoAfterSaveAndReopen();
    void editsReachWorkingCopyWithinOneSecond();
    void failedSaveKeepsOldFile_data();
    void failedSaveKeepsOldFile();
    void migratesOlderFormatAfterBackup();
    void secondOpenIsExplained();
    void staleLockIsTakenOver();
    void lockOfAReusedProcessIdIsStale_data();
    void lockOfAReusedProcessIdIsStale();
    void lockedFileOpensAsACopyOrAnyway();
    void zombieHoldsNoLock();
    void closingDiscardsRecoveryFolder();
    void derivedMapBeforeItsBaseIsStored();
    void deletingTheBaseMapKeepsSaving();
    void migratesFormat2AndKeepsMaps();
    void chosenTimeUnitIsKept();
    void everyFieldSurvivesSaveAndReopen();

private:
    static WorkshopMetadata sampleMetadata();
    static std::unique_ptr<Document> newDocumentWithMap();
    static void setAll(Document *document, const WorkshopMetadata &metadata);
};

WorkshopMetadata tst_Document::sampleMetadata()
{
    WorkshopMetadata m;
    m.title = QStringLiteral("Model retraining kaizen — Zoë & Łukasz");
    m.organisation = QStringLiteral("ML Platform, Ærøskøbing");
    m.startDate = QDate(2026, 11, 24);
    m.endDate = QDate(2026, 11, 25);
    m.location = QStringLiteral("Room 田中");
    m.facilitators = QStringLiteral("Zoë Martin\nŁukasz Nowak");
    m.objective = QStringLiteral("Cut retraining lead time from 15 to 5 days");
    m.notes = QStringLiteral("Line one\nLine two");
    return m;
}

void tst_Document::setAll(Document *document, const WorkshopMetadata &m)
{
    for (F field : {F::Title, F::Organisation, F::StartDate, F::EndDate, F::Location,
                    F::Facilitators, F::Objective, F::Notes})
        document->undoStack()->push(TaktTest::changeWorkshop(document, field, m.value(field)));
}

std::unique_ptr<Document> tst_Document::newDocumentWithMap()
{
    return TaktTest::documentWithExampleMap();
}

void tst_Document::createEditSaveReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workshop.takt"));
    auto document = newDocumentWithMap();
    setAll(document.get(), sampleMetadata());
    QVERIFY(document->isModified());
    QString error;
    QVERIFY2(document->save(path, &error), qPrintable(error));
    QVERIFY(!document->isModified());
    QCOMPARE(document->filePath(), QFileInfo(path).absoluteFilePath());
    const QList<MapElement> elements = TaktTest::maps(*document).maps().first()->elements();
    const QList<Connector> connectors = TaktTest::maps(*document).maps().first()->connectors();
    document.reset();

    auto reopened = Document::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->metadata(), sampleMetadata());
    QCOMPARE(TaktTest::maps(*reopened).maps().size(), 1);
    const ValueStreamMap *map = TaktTest::maps(*reopened).maps().first();
    QCOMPARE(map->name(), QStringLiteral("Model retraining - current state"));
    QCOMPARE(map->demandPerDay().value_or(0), 2.0);
    QCOMPARE(map->availableTimePerDay().value_or(0), 8 * 3600.0);
    QCOMPARE(map->elements(), elements);
    QCOMPARE(map->connectors(), connectors);
    QVERIFY(!reopened->isModified());
    // New ids never collide with stored ones.
    QVERIFY(reopened->newId() > elements.last().id);
}

void tst_Document::savedFileIsOneCompleteFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("one.takt"));
    auto document = newDocumentWithMap();
    QString error;
    QVERIFY2(document->save(path, &error), qPrintable(error));
    document.reset();
    // Nothing beside it: no -wal, -journal or temporary file, and the lock is gone.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {"one.takt"});
    const QByteArray header = TaktTest::readAll(path).left(100);
    QVERIFY(header.startsWith("SQLite format 3"));
    QCOMPARE(header.mid(68, 4), QByteArray("TAKT"));
    QCOMPARE(int(quint8(header.at(63))), Schema::currentVersion());
    QCOMPARE(int(quint8(header.at(18))), 1); // legacy (rollback journal) file format, not WAL
}

void tst_Document::undoRedoMetadata()
{
    auto document = newDocumentWithMap();
    const WorkshopMetadata before = document->metadata();
    QUndoStack *stack = document->undoStack();
    const int base = stack->count();
    setAll(document.get(), sampleMetadata());
    QCOMPARE(document->metadata(), sampleMetadata());
    QCOMPARE(stack->count(), base + 8);

    // Typing into one field merges into one step.
    stack->push(TaktTest::changeWorkshop(document.get(), F::Title, QStringLiteral("A")));
    stack->push(TaktTest::changeWorkshop(document.get(), F::Title, QStringLiteral("Ab")));
    QCOMPARE(stack->count(), base + 9);
    QCOMPARE(document->metadata().title, QStringLiteral("Ab"));
    stack->undo();
    QCOMPARE(document->metadata(), sampleMetadata());
    // Returning a field to its old value leaves no empty step behind.
    stack->push(TaktTest::changeWorkshop(document.get(), F::Location, QStringLiteral("x")));
    stack->push(TaktTest::changeWorkshop(document.get(), F::Location, sampleMetadata().location));
    QCOMPARE(stack->count(), base + 8);

    while (stack->index() > base)
        stack->undo();
    QCOMPARE(document->metadata(), before);
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(document->metadata(), sampleMetadata());
}

void tst_Document::undoAfterSaveAndReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("undo.takt"));
    auto document = newDocumentWithMap();
    setAll(document.get(), sampleMetadata());
    QString error;
    QVERIFY(document->save(path, &error));
    document->undoStack()->push(
        TaktTest::changeWorkshop(document.get(), F::Objective, QStringLiteral("Changed")));
    QVERIFY(document->isModified());
    document->undoStack()->undo();
    QVERIFY(!document->isModified()); // back at the saved state
    document->undoStack()->undo(); // undo past the save
    QVERIFY(document->isModified());
    WorkshopMetadata expected = sampleMetadata();
    expected.notes.clear();
    QCOMPARE(document->metadata(), expected);
    QVERIFY(document->save(path, &error));
    document.reset();
    auto reopened = Document::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->metadata(), expected);
}

void tst_Document::editsReachWorkingCopyWithinOneSecond()
{
    auto document = newDocumentWithMap();
    // The promise is kept by the flush delay; the poll's timeout is only a generous bound.
    QVERIFY(Document::FlushDelayMs <= 1000);
    document->undoStack()->push(
        TaktTest::changeWorkshop(document.get(), F::Title, QStringLiteral("Within a second")));
    const auto stored = [&](const char *sql) {
        SqlConnection reader(document->workingCopyPath(), SqlConnection::Mode::ReadOnly);
        return reader.scalar(QString::fromLatin1(sql));
    };
    QTRY_COMPARE_WITH_TIMEOUT(stored("SELECT title FROM workshop").toString(),
                              QStringLiteral("Within a second"), 20000);
    QCOMPARE(stored("SELECT count(*) FROM map_elements").toInt(), 12);
}

void tst_Document::failedSaveKeepsOldFile_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("folder gone") << "folder gone";
    QTest::newRow("disk full") << "disk full";
    QTest::newRow("read-only folder") << "read-only folder";
}

void tst_Document::failedSaveKeepsOldFile()
{
    QFETCH(QString, failure);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("stick"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("kept.takt"));
    auto document = newDocumentWithMap();
    QString error;
    QVERIFY(document->save(path, &error));
    const QByteArray before = TaktTest::digest(path);
    // Make the next save much larger than the old file.
    document->undoStack()->push(
        TaktTest::changeWorkshop(document.get(), F::Notes, QString(200000, QLatin1Char('n'))));
    QVERIFY(document->flush(&error));

    QString target = path;
    if (failure == QLatin1String("folder gone")) {
        target = dir.filePath(QStringLiteral("gone/kept.takt"));
    } else if (failure == QLatin1String("read-only folder")) {
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        if (QFile probe(QDir(folder).filePath(QStringLiteral("probe")));
            probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QFile::setPermissions(
                folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QSKIP("running as root: a read-only folder is still writable (disk full covers it)");
        }
    }
#ifdef Q_OS_UNIX
    rlimit saved {};
    if (failure == QLatin1String("disk full")) {
        // A file-size limit fails writes the way a full disk does, even for root.
        ::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &saved);
        rlimit small = saved;
        small.rlim_cur = 64 * 1024;
        setrlimit(RLIMIT_FSIZE, &small);
    }
#endif
    const bool saved_ = document->save(target, &error); // synchronous: the user hears at once
#ifdef Q_OS_UNIX
    if (failure == QLatin1String("disk full"))
        setrlimit(RLIMIT_FSIZE, &saved);
#endif
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!saved_);
    QVERIFY2(error.contains(QDir::toNativeSeparators(target)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("unchanged")), qPrintable(error));
    QCOMPARE(TaktTest::digest(path), before);
    QVERIFY(document->isModified()); // the work is still there to save elsewhere
    const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList({".kept.takt.lock", "kept.takt"}));
}

void tst_Document::migratesOlderFormatAfterBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.takt"));
    QVERIFY(TaktTest::writeFormat1(path));
    const QByteArray original = TaktTest::readAll(path);
    QString error;
    auto document = Document::open(path, &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->metadata().title, QStringLiteral("From format 1"));
    // Opening writes nothing beside the file (takt check on an old file must not either).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {"old.takt"});
    QCOMPARE(TaktTest::readAll(document->migrationBackupPath()), original);
    QCOMPARE(TaktTest::readAll(path), original); // untouched until the user saves
    QVERIFY(TaktTest::maps(*document).maps().isEmpty());
    QVERIFY(document->save(path, &error));
    // The first save keeps the original beside the file, for older Takt versions.
    QCOMPARE(document->migrationBackupPath(), path + QStringLiteral(".format1.bak"));
    QCOMPARE(TaktTest::readAll(document->migrationBackupPath()), original);
    QVERIFY(document->save(path, &error)); // once is enough
    QCOMPARE(TaktTest::readAll(path + QStringLiteral(".format1.bak")), original);
    document.reset();
    SqlConnection db(path, SqlConnection::Mode::ReadOnly);
    QCOMPARE(Schema::version(db), Schema::currentVersion());
    QCOMPARE(db.scalar(QStringLiteral("SELECT title FROM workshop")).toString(),
             QStringLiteral("From format 1"));
}

void tst_Document::secondOpenIsExplained()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.takt"));
    auto document = newDocumentWithMap();
    QString error;
    QVERIFY(document->save(path, &error));
    QVERIFY(!Document::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("already open in this Takt")), qPrintable(error));
    document.reset();

    // Another machine has it open (a shared folder): name the host and the user.
    const QByteArray before = TaktTest::digest(path);
    QVERIFY(TaktTest::writeFile(DocumentLock::lockPathFor(path),
                                R"({"host":"projector-pc","user":"zoe","pid":4242})"));
    QVERIFY(!Document::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("zoe"))
                 && error.contains(QStringLiteral("projector-pc")),
             qPrintable(error));
    QCOMPARE(TaktTest::digest(path), before);
}

void tst_Document::staleLockIsTakenOver()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stale.takt"));
    QString error;
    QVERIFY(newDocumentWithMap()->save(path, &error));
    // A Takt on this host that died without removing its lock.
    const QString lock = QStringLiteral(R"({"host":"%1","user":"zoe","pid":999999999})")
                             .arg(QSysInfo::machineHostName());
    QVERIFY(TaktTest::writeFile(DocumentLock::lockPathFor(path), lock.toUtf8()));
    auto document = Document::open(path, &error);
    QVERIFY2(document, qPrintable(error));
}

namespace {
QByteArray lockFor(qint64 pid, const QString &started, const QString &boot)
{
    return QStringLiteral(R"({"host":"%1","user":"zoe","pid":%2,"started":"%3","boot":"%4"})")
        .arg(QSysInfo::machineHostName())
        .arg(pid)
        .arg(started, boot)
        .toUtf8();
}
} // namespace

void tst_Document::lockOfAReusedProcessIdIsStale_data()
{
    // The parent (the test runner) is alive for the whole test: its id is a live process.
    const qint64 parent = getppid();
    const QString started = DocumentLock::processStart(parent);
    const QString boot = DocumentLock::bootId();
    QTest::addColumn<QByteArray>("lock");
    QTest::addColumn<bool>("held");
    QTest::newRow("the same process") << lockFor(parent, started, boot) << true;
    QTest::newRow("its id, given to a later process")
        << lockFor(parent, started + QLatin1String("1"), boot) << false;
    QTest::newRow("its id, before a reboot")
        << lockFor(parent, started, QStringLiteral("00000000-dead-beef-0000-000000000000"))
        << false;
    // An older Takt wrote no start time: a live id may be it, so the file is not taken.
    QTest::newRow("an older lock") << QStringLiteral(R"({"host":"%1","user":"zoe","pid":%2})")
                                          .arg(QSysInfo::machineHostName())
                                          .arg(parent)
                                          .toUtf8()
                                   << true;
}

void tst_Document::lockOfAReusedProcessIdIsStale()
{
    QFETCH(QByteArray, lock);
    QFETCH(bool, held);
    QVERIFY(!DocumentLock::processStart(getppid()).isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reused.takt"));
    QString error;
    QVERIFY(newDocumentWithMap()->save(path, &error));
    QVERIFY(TaktTest::writeFile(DocumentLock::lockPathFor(path), lock));
    QCOMPARE(DocumentLock::holder(path).has_value(), held);
    auto document = Document::open(path, &error);
    QCOMPARE(bool(document), !held);
    if (held)
        QVERIFY2(error.contains(QStringLiteral("zoe")), qPrintable(error));
}

void tst_Document::lockedFileOpensAsACopyOrAnyway()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.takt"));
    QString error;
    QVERIFY(newDocumentWithMap()->save(path, &error));
    const QByteArray other
        = lockFor(getppid(), DocumentLock::processStart(getppid()), DocumentLock::bootId());
    const QString lockPath = DocumentLock::lockPathFor(path);
    QVERIFY(TaktTest::writeFile(lockPath, other));
    {
        auto copy = Document::open(path, &error, Document::Access::Copy);
        QVERIFY2(copy, qPrintable(error));
        QCOMPARE(copy->filePath(), QString()); // Save asks where
        QCOMPARE(copy->displayName(), QStringLiteral("Copy of shared.takt"));
        QVERIFY(copy->isModified()); // closing asks to save the copy
        QCOMPARE(TaktTest::maps(*copy).maps().size(), 1);
    }
    QCOMPARE(TaktTest::readAll(lockPath), other); // the other Takt's lock is untouched
    auto anyway = Document::open(path, &error, Document::Access::TakeOver);
    QVERIFY2(anyway, qPrintable(error));
    QCOMPARE(anyway->filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(TaktTest::readAll(lockPath).contains(
        QByteArray::number(QCoreApplication::applicationPid())));
}

void tst_Document::zombieHoldsNoLock()
{
    const pid_t child = fork();
    if (child == 0)
        _exit(0); // ends at once, and stays a zombie until it is waited for
    QVERIFY(child > 0);
    QTRY_VERIFY(!DocumentLock::isProcessAlive(child));
    QCOMPARE(::kill(child, 0), 0); // the id still answers: only its state says it has ended
    int status = 0;
    waitpid(child, &status, 0);
}

void tst_Document::closingDiscardsRecoveryFolder()
{
    auto document = newDocumentWithMap();
    const QString folder = QFileInfo(document->workingCopyPath()).absolutePath();
    QVERIFY(QFileInfo::exists(folder));
    document.reset();
    QVERIFY(!QFileInfo::exists(folder));
}

void tst_Document::derivedMapBeforeItsBaseIsStored()
{
    // A future state placed above its current state in the list: the same flush writes the
    // reference before the row it refers to.
    auto document = newDocumentWithMap();
    const ValueStreamMap *current = TaktTest::maps(*document).maps().first();
    auto future = FutureState::derive(*current, [&] { return document->newId(); });
    document->undoStack()->push(new AddMap(document.get(), future.release(), 0));
    QString error;
    QVERIFY2(document->flush(&error), qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("derived.takt"));
    QVERIFY2(document->save(path, &error), qPrintable(error));
    const EntityId currentId = current->id();
    document.reset();
    auto reopened = Document::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(TaktTest::maps(*reopened).maps().first()->derivedFrom(), currentId);
    QCOMPARE(TaktTest::maps(*reopened).maps().first()->state(), ValueStreamMap::State::Future);
}

void tst_Document::deletingTheBaseMapKeepsSaving()
{
    auto document = newDocumentWithMap();
    const EntityId currentId = TaktTest::maps(*document).maps().first()->id();
    auto future = FutureState::derive(*TaktTest::maps(*document).maps().first(),
                                      [&] { return document->newId(); });
    const EntityId futureId = future->id();
    document->undoStack()->push(new AddMap(document.get(), future.release()));
    QString error;
    QVERIFY2(document->flush(&error), qPrintable(error));
    // Delete the current state, then edit the future state: both must still be stored.
    document->undoStack()->push(new RemoveMap(document.get(), currentId));
    document->undoStack()->push(TaktTest::changeMap(
        document.get(), futureId, ValueStreamMap::Field::Notes, QStringLiteral("x")));
    QVERIFY2(document->flush(&error), qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("base.takt"));
    QVERIFY2(document->save(path, &error), qPrintable(error));
    // Undo both: the link to the base comes back, in the file too.
    document->undoStack()->undo();
    document->undoStack()->undo();
    QVERIFY2(document->save(path, &error), qPrintable(error));
    document.reset();
    auto reopened = Document::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(TaktTest::maps(*reopened).maps().size(), 2);
    QCOMPARE(TaktTest::maps(*reopened).map(futureId)->derivedFrom(), currentId);
}

void tst_Document::migratesFormat2AndKeepsMaps()
{
    // A format-2 file (maps, no time unit) is brought up to date with its maps intact.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two.takt"));
    {
        SqlConnection db(path);
        QVERIFY(db.exec(QStringLiteral("PRAGMA application_id = 1413565268")));
        QString error;
        QVERIFY2(Schema::migrate(db, 0, &error, 2), qPrintable(error));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO maps (id, position, name, state, "
                                       "demand_per_day) VALUES (7, 0, 'Old map', 'current', 2)")));
        QVERIFY(
            db.exec(QStringLiteral("INSERT INTO map_elements (id, map_id, position, kind, name, "
                                   "x, y, cycle_time_s) VALUES (8, 7, 0, 'process', 'Step', "
                                   "100, 100, 3600)")));
    }
    QString error;
    auto document = Document::open(path, &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(TaktTest::maps(*document).maps().size(), 1);
    QCOMPARE(TaktTest::maps(*document).maps().first()->name(), QStringLiteral("Old map"));
    QVERIFY(!TaktTest::maps(*document).maps().first()->timeUnit());
    QCOMPARE(TaktTest::maps(*document).maps().first()->elements().first().cycleTime.value_or(0),
             3600.0);
    QVERIFY(document->newId() > 8);
}

void tst_Document::chosenTimeUnitIsKept()
{
    auto document = newDocumentWithMap();
    const EntityId id = TaktTest::maps(*document).maps().first()->id();
    document->undoStack()->push(TaktTest::changeMap(
        document.get(), id, ValueStreamMap::Field::TimeUnit, int(Duration::Unit::Hours)));
    const MapMetrics metrics = MapMetrics::compute(*TaktTest::maps(*document).map(id));
    QCOMPARE(metrics.formatTime(metrics.leadTime), QStringLiteral("353 h")); // 352.5 h, 3 figures
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unit.takt"));
    QString error;
    QVERIFY(document->save(path, &error));
    document->undoStack()->undo();
    QVERIFY(!TaktTest::maps(*document).map(id)->timeUnit());
    document.reset();
    auto reopened = Document::open(path, &error);
    QCOMPARE(TaktTest::maps(*reopened).maps().first()->timeUnit().value_or(Duration::Unit::Seconds),
             Duration::Unit::Hours);
}

void tst_Document::everyFieldSurvivesSaveAndReopen()
{
    // Every stored value set, each to a value no other field has, so that two columns read or
    // written in each other's place cannot go unnoticed.
    QString error;
    auto document = Document::createNew(&error);
    QVERIFY2(document, qPrintable(error));
    auto *map = new ValueStreamMap(document->newId());
    map->setValue(ValueStreamMap::Field::Name, QStringLiteral("Every field"));
    map->setValue(ValueStreamMap::Field::State, int(ValueStreamMap::State::Ideal));
    map->setValue(ValueStreamMap::Field::DemandPerDay, 3.25);
    map->setValue(ValueStreamMap::Field::AvailableTime, 27000.0);
    map->setValue(ValueStreamMap::Field::Notes, QStringLiteral("Map notes"));
    map->setValue(ValueStreamMap::Field::TimeUnit, int(Duration::Unit::Minutes));
    MapElement step;
    step.id = document->newId();
    step.kind = ElementKind::Process;
    step.name = QStringLiteral("Training");
    step.pos = QPointF(130.5, 340.25);
    step.cycleTime = 1.0;
    step.changeover = 2.0;
    step.uptime = 0.3;
    step.operators = 4;
    step.shifts = 5;
    step.batch = 6;
    step.valueAdded = 0.7;
    step.completeAccurate = 0.8;
    step.wipLimit = 9;
    step.onTimeline = false;
    step.sharing = MapElement::Sharing::Workcell;
    step.frequency = QStringLiteral("weekly");
    step.attributes = {{QStringLiteral("GPU hours"), QStringLiteral("20")},
                       {QStringLiteral("tool"), QStringLiteral("Airflow")}};
    step.notes = QStringLiteral("Step notes");
    MapElement queue;
    queue.id = document->newId();
    queue.kind = ElementKind::FifoLane;
    queue.name = QStringLiteral("Queue");
    queue.pos = QPointF(-10, 20);
    queue.count = 11.5;
    queue.demandPerDay = 12.5;
    queue.wait = 13.0;
    queue.maxCount = 14;
    map->insertElement(0, step);
    map->insertElement(1, queue);
    map->insertConnector(0,
                         Connector {document->newId(), Connector::Kind::Fifo, step.id, queue.id,
                                    QStringLiteral("FIFO max 14")});
    const EntityId mapId = map->id();
    document->undoStack()->push(new AddMap(document.get(), map));
    const QList<MapElement> elements = map->elements();
    const QList<Connector> connectors = map->connectors();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("every.takt"));
    QVERIFY2(document->save(path, &error), qPrintable(error));
    document.reset();

    auto reopened = Document::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    const ValueStreamMap *back = TaktTest::maps(*reopened).map(mapId);
    QVERIFY(back);
    QCOMPARE(back->name(), QStringLiteral("Every field"));
    QCOMPARE(back->state(), ValueStreamMap::State::Ideal);
    QCOMPARE(back->demandPerDay().value_or(0), 3.25);
    QCOMPARE(back->availableTimePerDay().value_or(0), 27000.0);
    QCOMPARE(back->notes(), QStringLiteral("Map notes"));
    QCOMPARE(back->timeUnit().value_or(Duration::Unit::Seconds), Duration::Unit::Minutes);
    QCOMPARE(back->elements(), elements); // MapElement::operator== compares every field
    QCOMPARE(back->connectors(), connectors);
}

QTEST_GUILESS_MAIN(tst_Document)
#include "tst_document.moc"
