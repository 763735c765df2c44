#include "entitynames.h"

#include "artefactstore.h"
#include "document.h"

namespace Takt::EntityNames {

EntityId find(const Document &document, const QString &name)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return 0;
    EntityId found = 0;
    const auto take = [&found](EntityId id) {
        if (!id)
            return true;
        if (found && found != id)
            return false; // two kinds both have it: neither is meant
        found = id;
        return true;
    };
    const int split = wanted.indexOf(Separator);
    for (const ArtefactStore *store : document.stores()) {
        EntityId id = 0;
        if (split > 0) {
            if (const EntityId artefact = store->artefactByName(wanted.left(split)))
                id = store->entityNamed(wanted.mid(split + Separator.size()), artefact);
        } else {
            id = store->entityNamed(wanted);
        }
        if (!take(id))
            return 0;
    }
    return found;
}

QString nameOf(const Document &document, EntityId id)
{
    const ArtefactStore *store = document.storeOf(id);
    if (!store)
        return {};
    const QString name = store->entityName(id);
    if (find(document, name) == id)
        return name;
    const EntityId artefact = store->artefactOf(id);
    return artefact && artefact != id ? store->artefactName(artefact) + Separator + name : name;
}

EntityId artefactOf(const Document &document, EntityId id)
{
    const ArtefactStore *store = document.storeOf(id);
    return store ? store->artefactOf(id) : 0;
}

QStringList people(const Document &document)
{
    QStringList names;
    for (const ArtefactStore *store : document.stores())
        names << store->people();
    for (QString &name : names)
        name = name.trimmed();
    names.removeAll(QString());
    names.sort(Qt::CaseInsensitive);
    names.removeDuplicates();
    return names;
}

} // namespace Takt::EntityNames
