#pragma once

#include "core/entityid.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Takt {

class Document;

/**
 * Takt's JSON files, for any kind: import reads a file, finds the kind by its "format" field
 * and adds the artefact as one undo step; export writes one artefact atomically. The window's
 * menus and the command line both come here: one path each.
 */
class ArtefactFiles
{
    Q_DECLARE_TR_FUNCTIONS(ArtefactFiles)

public:
    /** Returns the new artefact's id, or 0 and a message naming the file, the item and the
     *  field. With @p kindKey, only that kind's files are taken. */
    static EntityId importFile(Document &document,
                               const QString &path,
                               QString *error,
                               const QString &kindKey = QString());
    /** The JSON of artefact @p id; what its format has no place for is named in @p leftOut. */
    static QByteArray
    exportJson(const Document &document, EntityId id, QStringList *leftOut, QString *error);
    /** Writes exportJson() to @p path; the previous file stays whole on failure. */
    static bool exportFile(const Document &document,
                           EntityId id,
                           const QString &path,
                           QStringList *leftOut,
                           QString *error);
};

} // namespace Takt
