#include "document.h"

#include "documentfile.h"
#include "documentlock.h"
#include "documentstore.h"
#include "recoverysession.h"
#include "schema.h"
#include "sqlconnection.h"
#include "vsm/valuestreammap.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

namespace Takt {

namespace {

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Document::Document(std::unique_ptr<RecoverySession> session, std::unique_ptr<SqlConnection> db)
    : m_session(std::move(session))
    , m_db(std::move(db))
    , m_lock(std::make_unique<DocumentLock>())
    , m_undoStack(new QUndoStack(this))
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(FlushDelayMs);
    connect(m_flushTimer, &QTimer::timeout, this, [this] { flush(); });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] {
        updateRecoveryNote();
        Q_EMIT modifiedChanged(isModified());
    });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &Document::scheduleFlush);
}

Document::~Document()
{
    // A deliberate close: whatever the user chose to keep was saved, the rest discarded.
    m_flushTimer->stop();
    qDeleteAll(m_maps);
    m_db.reset();
    if (m_session)
        m_session->discard();
}

std::unique_ptr<Document> Document::createNew(QString *error)
{
    auto session = RecoverySession::create(error);
    if (!session)
        return nullptr;
    auto db = std::make_unique<SqlConnection>(session->workingCopyPath());
    QString message;
    if (!db->isOpen() || !Schema::create(*db, &message)) {
        if (error)
            *error
                = tr("Cannot create a new document in %1: %2")
                      .arg(nativeName(session->folder()), db->isOpen() ? message : db->errorText());
        return nullptr;
    }
    std::unique_ptr<Document> document(new Document(std::move(session), std::move(db)));
    if (!document->load(error))
        return nullptr;
    document->updateRecoveryNote();
    return document;
}

std::unique_ptr<Document> Document::open(const QString &path, QString *error, Access access)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto document = openCopy(absolute, access == Access::Edit ? absolute : QString(), true, error);
    if (!document)
        return nullptr;
    document->m_filePath = absolute;
    document->updateRecoveryNote();
    return document;
}

std::unique_ptr<Document>
Document::recover(const QString &recoveryFolder, const QString &originalPath, QString *error)
{
    const QString source = QDir(recoveryFolder).filePath(QStringLiteral("working.takt"));
    auto document = openCopy(source, originalPath, false, error);
    if (!document)
        return nullptr;
    document->m_filePath = originalPath;
    document->m_recovered = true;
    // The file the edits belong to may be of an older format: its first save keeps a copy.
    DocumentFile::Header original;
    if (!originalPath.isEmpty() && DocumentFile::inspect(originalPath, &original).isEmpty()
        && int(original.userVersion) < Schema::CurrentVersion)
        document->m_sourceFormat = int(original.userVersion);
    document->updateRecoveryNote();
    RecoverySession::discardFolder(recoveryFolder); // its edits now live in the new session
    return document;
}

std::unique_ptr<Document> Document::openCopy(const QString &source,
                                             const QString &lockedPath,
                                             bool backUpOlderFormat,
                                             QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return nullptr;
    };
    // A crash in the middle of a flush leaves a hot journal beside the working copy: it is
    // copied along, and SQLite rolls the copy back to the last complete flush when it opens.
    const QString journal = source + QStringLiteral("-journal");
    const bool hotJournal = !backUpOlderFormat && QFile::exists(journal);
    DocumentFile::Header header;
    if (const QString problem = DocumentFile::inspect(source, &header);
        !problem.isEmpty() && !hotJournal)
        return fail(problem);
    auto lock = std::make_unique<DocumentLock>();
    if (!lockedPath.isEmpty()) {
        if (const QString problem = lock->acquire(lockedPath); !problem.isEmpty())
            return fail(problem);
    }
    auto session = RecoverySession::create(error);
    if (!session)
        return nullptr;
    // Work on a copy: the source is read once here and the user's file replaced whole on save,
    // never written in place, so a crash or a failed check cannot damage it.
    if (!QFile::copy(source, session->workingCopyPath())
        || (hotJournal
            && !QFile::copy(journal, session->workingCopyPath() + QStringLiteral("-journal"))))
        return fail(tr("%1 cannot be read.").arg(nativeName(source)));
    QFile::setPermissions(session->workingCopyPath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // An older format is migrated in the working copy. The original is kept in the session
    // now, and beside the file when a save first replaces it (older Takt cannot read the new).
    QString backup;
    if (backUpOlderFormat && int(header.userVersion) < Schema::CurrentVersion) {
        backup = QDir(session->folder())
                     .filePath(QStringLiteral("%1.format%2.bak")
                                   .arg(QFileInfo(source).fileName())
                                   .arg(header.userVersion));
        if (!QFile::copy(source, backup))
            backup.clear();
    }
    auto document = openWorkingCopy(std::move(session), source, error);
    if (!document)
        return nullptr;
    document->m_lock = std::move(lock);
    document->m_migrationBackup = backup;
    document->m_sourceFormat = backUpOlderFormat ? int(header.userVersion) : -1;
    return document;
}

std::unique_ptr<Document> Document::openWorkingCopy(std::unique_ptr<RecoverySession> session,
                                                    const QString &sourceName,
                                                    QString *error)
{
    const QString name = nativeName(sourceName);
    auto db = std::make_unique<SqlConnection>(session->workingCopyPath());
    if (!db->isOpen()) {
        if (error)
            *error = tr("%1 cannot be opened: %2").arg(name, db->errorText());
        return nullptr;
    }
    const QVariant check = db->scalar(QStringLiteral("PRAGMA quick_check"));
    if (check.toString() != QLatin1String("ok")) {
        if (error)
            *error = tr("%1 is damaged and cannot be opened (%2). Use a backup copy.")
                         .arg(name, check.isValid() ? check.toString() : db->errorText());
        return nullptr;
    }
    const int version = Schema::version(*db);
    if (version < Schema::CurrentVersion) {
        QString message;
        if (!Schema::migrate(*db, version, &message)) {
            if (error)
                *error = tr("%1 could not be brought up to date from format %2: %3")
                             .arg(name)
                             .arg(version)
                             .arg(message);
            return nullptr;
        }
    }
    db->exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    std::unique_ptr<Document> document(new Document(std::move(session), std::move(db)));
    if (!document->load(error)) {
        if (error)
            *error = tr("%1 cannot be read: %2").arg(name, *error);
        return nullptr;
    }
    return document;
}

bool Document::load(QString *error)
{
    DocumentStore store(*m_db);
    QList<ValueStreamMap *> maps;
    if (!store.readMetadata(&m_metadata) || !store.readMaps(&maps)) {
        qDeleteAll(maps);
        if (error)
            *error = store.errorText();
        return false;
    }
    for (ValueStreamMap *map : std::as_const(maps)) {
        map->setParent(this);
        m_maps << map;
        watchMap(map);
    }
    m_nextId = store.largestId() + 1;
    return true;
}

QString Document::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return tr("Untitled");
}

bool Document::isModified() const
{
    return m_recovered || !m_undoStack->isClean();
}

QString Document::workingCopyPath() const
{
    return m_session->workingCopyPath();
}

void Document::setMetadata(const WorkshopMetadata &metadata)
{
    m_metadata = metadata;
    m_metadataDirty = true;
    scheduleFlush();
    Q_EMIT metadataChanged();
}

ValueStreamMap *Document::map(EntityId id) const
{
    for (ValueStreamMap *map : m_maps)
        if (map->id() == id)
            return map;
    return nullptr;
}

ValueStreamMap *Document::mapByName(const QString &name) const
{
    for (ValueStreamMap *map : m_maps)
        if (map->name() == name)
            return map;
    // Typed on a command line, "--map labeling" means "Labeling" when only one map fits.
    ValueStreamMap *found = nullptr;
    for (ValueStreamMap *map : m_maps) {
        if (map->name().compare(name, Qt::CaseInsensitive) == 0) {
            if (found)
                return nullptr;
            found = map;
        }
    }
    return found;
}

QString Document::uniqueMapName(const QString &wanted) const
{
    QString name = wanted;
    for (int n = 2; mapByName(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
    return name;
}

int Document::mapIndex(EntityId id) const
{
    for (int i = 0; i < m_maps.size(); ++i)
        if (m_maps.at(i)->id() == id)
            return i;
    return -1;
}

void Document::watchMap(ValueStreamMap *map)
{
    const EntityId id = map->id();
    connect(map, &ValueStreamMap::changed, this, [this, id] {
        m_dirtyMaps.insert(id);
        scheduleFlush();
    });
    connect(map, &ValueStreamMap::propertiesChanged, this,
            [this, id] { Q_EMIT mapPropertiesChanged(id); });
}

void Document::insertMap(int index, ValueStreamMap *map)
{
    index = qBound(0, index, int(m_maps.size()));
    Q_EMIT mapAboutToBeInserted(index);
    map->setParent(this);
    m_maps.insert(index, map);
    watchMap(map);
    m_dirtyMaps.insert(map->id());
    m_mapListDirty = true;
    scheduleFlush();
    Q_EMIT mapInserted(map->id());
}

ValueStreamMap *Document::takeMap(EntityId id)
{
    const int index = mapIndex(id);
    Q_ASSERT(index >= 0);
    Q_EMIT mapAboutToBeRemoved(id);
    ValueStreamMap *map = m_maps.takeAt(index);
    map->disconnect(this);
    map->setParent(nullptr);
    m_dirtyMaps.remove(id);
    m_mapListDirty = true;
    scheduleFlush();
    Q_EMIT mapRemoved(id);
    return map;
}

void Document::scheduleFlush()
{
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

bool Document::flush(QString *error)
{
    m_flushTimer->stop();
    if (!m_metadataDirty && !m_mapListDirty && m_dirtyMaps.isEmpty())
        return true;
    DocumentStore store(*m_db);
    bool ok = m_db->transaction();
    // References are checked at commit, when every row of this flush is in place.
    ok = ok && m_db->exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    if (ok && m_metadataDirty)
        ok = store.writeMetadata(m_metadata);
    if (ok && m_mapListDirty) {
        QSet<EntityId> kept;
        for (ValueStreamMap *map : std::as_const(m_maps)) {
            kept.insert(map->id());
            // A base map came or went: its derived maps' links are written anew.
            if (map->derivedFrom())
                m_dirtyMaps.insert(map->id());
        }
        ok = store.deleteMapsExcept(kept) && store.writeMapPositions(m_maps);
    }
    // Document order: a future state refers to the map it was derived from.
    for (int i = 0; ok && i < m_maps.size(); ++i)
        if (m_dirtyMaps.contains(m_maps.at(i)->id()))
            ok = store.writeMap(*m_maps.at(i), i, map(m_maps.at(i)->derivedFrom()) != nullptr);
    ok = ok && m_db->commit();
    if (!ok) {
        m_db->rollback();
        const QString message
            = tr("Your latest edits could not be written to the recovery copy "
                 "%1: %2. Save the document to keep them.")
                  .arg(nativeName(workingCopyPath()),
                       store.errorText().isEmpty() ? m_db->errorText() : store.errorText());
        if (error)
            *error = message;
        Q_EMIT workingCopyFailed(message);
        return false;
    }
    m_metadataDirty = m_mapListDirty = false;
    m_dirtyMaps.clear();
    updateRecoveryNote();
    return true;
}

void Document::updateRecoveryNote()
{
    if (m_session)
        m_session->update(m_filePath, m_metadata.title, isModified());
}

bool Document::save(const QString &path, QString *error)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString name = nativeName(target);
    auto fail = [&](QString reason) {
        while (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        if (error)
            *error = tr("%1 could not be saved: %2. The file on disk is unchanged; your work "
                        "is still open.")
                         .arg(name, reason);
        return false;
    };
    QString message;
    if (!flush(&message))
        return fail(message);

    std::unique_ptr<DocumentLock> newLock;
    if (target != m_filePath) {
        newLock = std::make_unique<DocumentLock>();
        const QString lockProblem = newLock->acquire(target);
        if (!lockProblem.isEmpty())
            return fail(lockProblem);
    }

    // VACUUM INTO gives a compact, self-contained copy (no -wal, no -journal); it is then
    // streamed into a QSaveFile, which writes a temporary file beside the target, syncs it and
    // renames it over the target only when everything was written.
    const QString snapshot
        = QDir(m_session->folder())
              .filePath(
                  QStringLiteral("save-%1.takt").arg(QUuid::createUuid().toString(QUuid::Id128)));
    QString quoted = snapshot;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    if (!m_db->exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted))) {
        QFile::remove(snapshot);
        return fail(m_db->errorText());
    }
    QFile in(snapshot);
    QSaveFile out(target);
    if (!in.open(QIODevice::ReadOnly)) {
        QFile::remove(snapshot);
        return fail(in.errorString());
    }
    if (!out.open(QIODevice::WriteOnly)) {
        QFile::remove(snapshot);
        return fail(out.errorString());
    }
    bool written = true;
    while (written && !in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        written = out.write(chunk) == chunk.size();
    }
    in.close();
    QFile::remove(snapshot);
    if (!written) {
        const QString reason = out.errorString();
        out.cancelWriting();
        out.commit();
        return fail(reason);
    }
    if (m_sourceFormat > 0 && m_sourceFormat < Schema::CurrentVersion && target == m_filePath
        && QFile::exists(target)) {
        // The first save replaces an older format: keep the original beside it.
        const QString beside = QStringLiteral("%1.format%2.bak").arg(target).arg(m_sourceFormat);
        QFile::remove(beside);
        if (!QFile::copy(target, beside)) {
            out.cancelWriting();
            out.commit();
            return fail(tr("the copy of the older-format file could not be written to %1")
                            .arg(nativeName(beside)));
        }
        m_migrationBackup = beside;
        m_sourceFormat = Schema::CurrentVersion;
    }
    if (!out.commit())
        return fail(out.errorString());

    if (newLock)
        m_lock = std::move(newLock);
    const bool pathChanged = target != m_filePath;
    m_filePath = target;
    const bool wasModified = isModified();
    m_recovered = false;
    m_undoStack->setClean();
    updateRecoveryNote();
    if (pathChanged)
        Q_EMIT filePathChanged(m_filePath);
    if (wasModified)
        Q_EMIT modifiedChanged(false);
    return true;
}

} // namespace Takt
