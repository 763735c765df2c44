#include "artefactfiles.h"

#include "artefactkind.h"
#include "artefactregistry.h"
#include "artefactstore.h"
#include "common/wholefile.h"
#include "core/jsonobjectreader.h"
#include "document.h"

#include <QDir>
#include <QFile>

namespace Takt {

namespace {
QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

EntityId ArtefactFiles::importFile(Document &document,
                                   const QString &path,
                                   QString *error,
                                   const QString &kindKey)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(native(path), message);
        return EntityId(0);
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1 cannot be read: %2").arg(native(path), file.errorString());
        return 0;
    }
    const QByteArray json = file.readAll();
    const ArtefactKind *wanted = kindKey.isEmpty() ? nullptr : ArtefactRegistry::kind(kindKey);
    QString message;
    const auto object = JsonObjectReader::read(json, &message);
    const QString format = object ? object->value(QLatin1String("format")).toString() : QString();
    const ArtefactKind *kind = ArtefactRegistry::kindForFormat(format);
    if (wanted && kind != wanted)
        kind = wanted; // its own reader says what is wrong, in its words
    if (!object && !kind)
        return fail(message);
    if (!kind) {
        QStringList formats;
        for (const auto &k : ArtefactRegistry::kinds())
            for (const QString &f : k->jsonFormats())
                formats << QStringLiteral("\"%1\"").arg(f);
        return fail(format.isEmpty()
                        ? tr("field \"format\": missing; this Takt reads %1")
                              .arg(formats.join(QStringLiteral(", ")))
                        : tr("field \"format\": \"%1\" is not a format this Takt reads (%2)")
                              .arg(format, formats.join(QStringLiteral(", "))));
    }
    const EntityId id = kind->importJson(document, json, &message);
    return id ? id : fail(message);
}

QByteArray ArtefactFiles::exportJson(const Document &document,
                                     EntityId id,
                                     QStringList *leftOut,
                                     QString *error)
{
    const ArtefactStore *store = document.storeOf(id);
    if (!store) {
        if (error)
            *error = tr("no artefact has the id %1").arg(id);
        return {};
    }
    return store->kind().exportJson(document, id, leftOut, error);
}

bool ArtefactFiles::exportFile(const Document &document,
                               EntityId id,
                               const QString &path,
                               QStringList *leftOut,
                               QString *error)
{
    const QByteArray json = exportJson(document, id, leftOut, error);
    if (json.isEmpty())
        return false;
    const QString failure = WholeFile::write(path, json);
    if (!failure.isEmpty() && error)
        *error = failure;
    return failure.isEmpty();
}

} // namespace Takt
