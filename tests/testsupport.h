#pragma once

// Shared by the tests: an isolated AppDataLocation per test run, so that recovery folders
// of the tests never meet the user's, and small file helpers.

#include "artefactkinds.h"
#include "core/changefield.h"
#include "document/document.h"
#include "document/schema.h"
#include "document/sqlconnection.h"
#include "document/workshoprecord.h"
#include "vsm/addremovemap.h"
#include "vsm/mapstore.h"
#include "vsm/valuestreammap.h"
#include "vsm/vsmjson.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>

namespace TaktTest {

/** The kinds the application registers, before any test makes a document. */
inline void registerKinds()
{
    Takt::registerArtefactKinds();
}
Q_COREAPP_STARTUP_FUNCTION(registerKinds)

/** The maps of @p document. */
inline Takt::MapStore &maps(const Takt::Document &document)
{
    return *Takt::MapStore::of(document);
}

/** Field edits as the editors make them. */
inline QUndoCommand *
changeWorkshop(Takt::Document *document, Takt::WorkshopMetadata::Field field, const QVariant &v)
{
    return new Takt::ChangeField(document->workshop(), Takt::WorkshopRecord::Id, int(field), v);
}

inline QUndoCommand *changeMap(Takt::Document *document,
                               Takt::EntityId mapId,
                               Takt::ValueStreamMap::Field field,
                               const QVariant &v)
{
    return new Takt::ChangeField(maps(*document).map(mapId), mapId, int(field), v);
}

inline QUndoCommand *changeElement(Takt::Document *document,
                                   Takt::EntityId mapId,
                                   Takt::EntityId elementId,
                                   Takt::ElementField field,
                                   const QVariant &v)
{
    return new Takt::ChangeField(&maps(*document).map(mapId)->elementList(), elementId, int(field),
                                 v);
}

inline void isolateAppData()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TaktTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TaktTests"));
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Runs the takt command line with @p args; its exit code, and what it said in @p out. */
inline int runTakt(const QStringList &args, QString *out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(TAKT_EXECUTABLE), args);
    p.waitForFinished(60000);
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitCode();
}

/** The text of the PDF @p path, as pdftotext (poppler-utils) reads it; empty when it cannot. */
inline QString pdfText(const QString &path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!text.waitForFinished(60000))
        return {};
    return QString::fromUtf8(text.readAllStandardOutput());
}

/** What pdfinfo (poppler-utils) says of the PDF @p path: "Pages: 1", "Page size: 842 x 595
 *  pts (A4)", …; empty when it cannot. */
inline QString pdfInfo(const QString &path)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    if (!info.waitForFinished(60000))
        return {};
    return QString::fromUtf8(info.readAllStandardOutput());
}

/** Whether the PDF @p path is one page of @p size points ("842 x 595"). */
inline bool isOnePageOf(const QString &path, const QString &size, QString *info)
{
    *info = pdfInfo(path);
    static const QRegularExpression onePage(QStringLiteral("Pages:\\s+1\\n"));
    return info->contains(onePage) && info->contains(QStringLiteral("Page size:"))
        && info->section(QStringLiteral("Page size:"), 1).trimmed().startsWith(size);
}

inline QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

/** A document of format 1 (the workshop table only) titled "From format 1" at @p path: a file
 *  an older Takt wrote, to migrate. */
inline bool writeFormat1(const QString &path)
{
    Takt::SqlConnection db(path);
    QString error;
    return db.exec(QStringLiteral("PRAGMA application_id = 1413565268"))
        && Takt::Schema::migrate(db, 0, &error, 1)
        && db.exec(QStringLiteral("UPDATE workshop SET title = 'From format 1'"));
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/** A new document holding the shared example map, its undo stack empty: most tests' start. */
inline std::unique_ptr<Takt::Document> documentWithExampleMap()
{
    QString error;
    auto document = Takt::Document::createNew(&error);
    if (!document)
        qFatal("%s", qPrintable(error));
    auto map = Takt::VsmJson::read(
        readAll(QStringLiteral(TAKT_SHARED_EXAMPLES "/ml-retraining-current.json")),
        [&] { return document->newId(); }, &error);
    if (!map)
        qFatal("%s", qPrintable(error));
    document->undoStack()->push(new Takt::AddMap(document.get(), map.release()));
    document->undoStack()->clear();
    return document;
}

} // namespace TaktTest
