#include "document.h"

#include "artefactkind.h"
#include "artefactregistry.h"
#include "artefactstore.h"
#include "filesession.h"
#include "liststore.h"
#include "schema.h"
#include "sqlconnection.h"
#include "workshoprecord.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

namespace Takt {

namespace {

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString linkTitle(const Link &)
{
    return QCoreApplication::translate("Document", "link");
}

} // namespace

Document::Document(std::unique_ptr<FileSession> session)
    : m_session(std::move(session))
    , m_undoStack(new QUndoStack(this))
    , m_flushTimer(new QTimer(this))
    , m_workshop(new WorkshopRecord(this))
    , m_links(Link::fields(), linkTitle)
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(FlushDelayMs);
    connect(m_flushTimer, &QTimer::timeout, this, [this] { flush(); });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] {
        updateRecoveryNote();
        Q_EMIT modifiedChanged(isModified());
    });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &Document::scheduleFlush);
    connect(m_workshop, &WorkshopRecord::changed, this, [this] {
        scheduleFlush();
        Q_EMIT metadataChanged();
    });
    connect(&m_links, &EntityListBase::modified, this, &Document::scheduleFlush);
    connect(&m_links, &EntityListBase::modified, this, &Document::noteMeasuredChanged);
    for (const auto &kind : ArtefactRegistry::kinds()) {
        ArtefactStore *store = kind->createStore(*this).release();
        store->setParent(this);
        m_stores << store;
        connect(store, &ArtefactStore::modified, this, &Document::scheduleFlush);
        connect(store, &ArtefactStore::outlineChanged, this, &Document::artefactChanged);
        connect(store, &ArtefactStore::artefactRemoved, this, &Document::artefactRemoved);
        connect(store, &ArtefactStore::artefactInserted, this, &Document::artefactInserted);
        // An artefact in or out changes the figures that can be measured (MeasuredFigures).
        connect(store, &ArtefactStore::artefactInserted, this, &Document::noteMeasuredChanged);
        connect(store, &ArtefactStore::artefactRemoved, this, &Document::noteMeasuredChanged);
    }
}

Document::~Document()
{
    m_flushTimer->stop();
    // The commands first, quietly (nobody listens any more): they may point into the stores.
    m_undoStack->blockSignals(true);
    m_undoStack->clear();
    // The stores' entities may point into each other: they go before the files behind them.
    qDeleteAll(m_stores);
    m_stores.clear();
}

std::unique_ptr<Document>
Document::start(std::unique_ptr<FileSession> session, const QString &name, QString *error)
{
    if (!session)
        return nullptr;
    std::unique_ptr<Document> document(new Document(std::move(session)));
    QString message;
    if (!document->load(&message)) {
        if (error)
            *error = name.isEmpty() ? message : tr("%1 cannot be read: %2").arg(name, message);
        return nullptr;
    }
    document->updateRecoveryNote();
    return document;
}

std::unique_ptr<Document> Document::createNew(QString *error)
{
    return start(FileSession::createNew(error), QString(), error);
}

std::unique_ptr<Document> Document::open(const QString &path, QString *error, Access access)
{
    return start(FileSession::open(path, access, error),
                 nativeName(QFileInfo(path).absoluteFilePath()), error);
}

std::unique_ptr<Document>
Document::recover(const QString &recoveryFolder, const QString &originalPath, QString *error)
{
    return start(FileSession::recover(recoveryFolder, originalPath, error),
                 nativeName(originalPath), error);
}

bool Document::load(QString *error)
{
    SqlConnection &db = m_session->database();
    if (!m_workshop->load(db, error))
        return false;
    // The stored mark, and never below an id a table holds (a file edited by another tool).
    const qint64 mark
        = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'next_id'")).toLongLong();
    m_ids.continueAfter(qMax(mark - 1, Schema::largestId(db)));
    m_ids.markStored();
    TableStore linkTable = ListStore::table(db, QStringLiteral("links"), Link::fields());
    QList<Link> links;
    if (!ListStore::read(linkTable, Link::fields(), [&](EntityId, const Link &link) {
            links << link;
            return true;
        })) {
        if (error)
            *error = linkTable.errorText();
        return false;
    }
    m_links.load(links);
    for (ArtefactStore *store : std::as_const(m_stores))
        if (!store->load(db, error))
            return false;
    return true;
}

QString Document::filePath() const
{
    return m_session->filePath();
}

QString Document::displayName() const
{
    if (!filePath().isEmpty())
        return QFileInfo(filePath()).fileName();
    if (!m_session->copiedFrom().isEmpty())
        return tr("Copy of %1").arg(QFileInfo(m_session->copiedFrom()).fileName());
    return tr("Untitled");
}

bool Document::isModified() const
{
    return m_session->isRecovered() || !m_undoStack->isClean();
}

QString Document::workingCopyPath() const
{
    return m_session->workingCopyPath();
}

QString Document::migrationBackupPath() const
{
    return m_session->migrationBackupPath();
}

const WorkshopMetadata &Document::metadata() const
{
    return m_workshop->metadata();
}

ArtefactStore *Document::store(const QString &kindKey) const
{
    for (ArtefactStore *s : m_stores)
        if (s->kind().key() == kindKey)
            return s;
    return nullptr;
}

ArtefactStore *Document::storeOf(EntityId id) const
{
    for (ArtefactStore *s : m_stores)
        if (s->contains(id))
            return s;
    return nullptr;
}

void Document::scheduleFlush()
{
    if (!m_flushTimer->isActive())
        m_flushTimer->start(FlushDelayMs);
}

bool Document::isDirty() const
{
    if (m_workshop->isDirty() || m_links.isDirty() || m_ids.hasChanged())
        return true;
    for (const ArtefactStore *store : m_stores)
        if (store->isDirty())
            return true;
    return false;
}

bool Document::writeIdMark()
{
    return m_session->database().exec(
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('next_id', %1) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .arg(m_ids.peek()));
}

void Document::noteMeasuredChanged()
{
    if (m_measuredPending)
        return;
    m_measuredPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_measuredPending = false;
            Q_EMIT measuredChanged();
        },
        Qt::QueuedConnection);
}

bool Document::flush(QString *error)
{
    m_flushTimer->stop();
    if (!isDirty()) {
        if (std::exchange(m_flushFailing, false))
            Q_EMIT workingCopyRestored(); // undone back to what the copy holds
        return true;
    }
    SqlConnection &db = m_session->database();
    QString problem;
    bool ok = db.transaction();
    // References are checked at commit, when every row of this flush is in place.
    ok = ok && db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    if (ok && m_workshop->isDirty())
        ok = m_workshop->flush(db, &problem);
    if (ok && m_ids.hasChanged())
        ok = writeIdMark();
    if (ok && m_links.isDirty()) {
        TableStore linkTable = ListStore::table(db, QStringLiteral("links"), Link::fields());
        ok = ListStore::flush(linkTable, m_links, 0);
        if (!ok)
            problem = linkTable.errorText();
    }
    for (ArtefactStore *store : std::as_const(m_stores))
        if (ok && store->isDirty())
            ok = store->flush(db, &problem);
    ok = ok && db.commit();
    if (!ok) {
        db.rollback();
        const QString message
            = tr("Your latest edits could not be written to the recovery copy "
                 "%1: %2. Save the document to keep them.")
                  .arg(nativeName(workingCopyPath()), problem.isEmpty() ? db.errorText() : problem);
        if (error)
            *error = message;
        // Tried again until it is written, whether or not anything else is edited: a disk
        // that fills during a workshop is freed by someone, and the copy must catch up.
        m_flushFailing = true;
        m_flushTimer->start(FlushRetryMs);
        Q_EMIT workingCopyFailed(message);
        return false;
    }
    m_workshop->markStored();
    m_ids.markStored();
    m_links.markStored();
    for (ArtefactStore *store : std::as_const(m_stores))
        store->markStored();
    updateRecoveryNote();
    if (std::exchange(m_flushFailing, false))
        Q_EMIT workingCopyRestored();
    return true;
}

void Document::updateRecoveryNote()
{
    m_session->updateNote(metadata().title, !m_undoStack->isClean());
}

bool Document::save(const QString &path, QString *error)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    auto fail = [&](QString reason) {
        while (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        if (error)
            *error = tr("%1 could not be saved: %2. The file on disk is unchanged; your work "
                        "is still open.")
                         .arg(nativeName(target), reason);
        return false;
    };
    QString message;
    if (!flush(&message))
        return fail(message);
    const bool pathChanged = target != filePath();
    const bool wasModified = isModified();
    if (!m_session->saveTo(target, &message))
        return fail(message);
    m_undoStack->setClean();
    updateRecoveryNote();
    if (pathChanged)
        Q_EMIT filePathChanged(target);
    if (wasModified)
        Q_EMIT modifiedChanged(false);
    return true;
}

} // namespace Takt
