#include "documentstate.h"

#include "document/artefactkind.h"
#include "document/artefactstore.h"
#include "document/document.h"

#include <QCryptographicHash>
#include <QTextStream>

using namespace Takt;

namespace {

void writeOutline(QTextStream &out, const ArtefactStore &store, EntityId parent, int depth)
{
    for (const EntityId id : store.outlineChildren(parent)) {
        out << QString(depth * 2, QLatin1Char(' ')) << id << ' '
            << store.outlineData(id, Qt::DisplayRole).toString() << " | "
            << store.outlineData(id, ArtefactStore::StatusRole).toString() << '\n';
        writeOutline(out, store, id, depth + 1);
    }
}

} // namespace

QByteArray DocumentState::text(const Document &document)
{
    QByteArray bytes;
    QTextStream out(&bytes);
    const WorkshopMetadata &metadata = document.metadata();
    for (const auto &field : WorkshopMetadata::fields().fields())
        out << "workshop." << field.def.key << ": "
            << metadata.value(WorkshopMetadata::Field(field.def.id)).toString() << '\n';
    for (const Link &link : document.links().items())
        out << "link " << link.id << ' ' << link.from << ' ' << link.to << ' ' << link.role << '\n';
    for (const ArtefactStore *store : document.stores()) {
        out << "kind " << store->kind().key() << '\n';
        writeOutline(out, *store, 0, 1);
        for (const EntityId id : store->artefacts()) {
            out << "artefact " << id << ' ' << store->artefactName(id) << " | "
                << store->summary(id) << '\n';
            QStringList leftOut;
            QString error;
            out << store->kind().exportJson(document, id, &leftOut, &error) << '\n';
        }
    }
    out.flush();
    return bytes;
}

QByteArray DocumentState::digest(const Document &document)
{
    return QCryptographicHash::hash(text(document), QCryptographicHash::Sha1).toHex().left(16);
}
