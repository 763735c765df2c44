#pragma once

// Shared by the tests: an isolated AppDataLocation per test run, so that recovery folders
// of the tests never meet the user's, and small file helpers.

#include "document/document.h"
#include "vsm/addremovemap.h"
#include "vsm/valuestreammap.h"
#include "vsm/vsmjson.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>

namespace TaktTest {

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

inline QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
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
