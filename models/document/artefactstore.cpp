#include "artefactstore.h"

#include "artefactkind.h"

namespace Takt {

ArtefactStore::ArtefactStore(Document &document, const ArtefactKind &kind)
    : m_document(document)
    , m_kind(kind)
{ }

EntityId ArtefactStore::artefactByName(const QString &name) const
{
    const QList<EntityId> ids = artefacts();
    for (EntityId id : ids)
        if (artefactName(id) == name)
            return id;
    // Typed on a command line, "--item labeling" means "Labeling" when only one fits.
    EntityId found = 0;
    for (EntityId id : ids) {
        if (artefactName(id).compare(name, Qt::CaseInsensitive) == 0) {
            if (found)
                return 0;
            found = id;
        }
    }
    return found;
}

QString ArtefactStore::summary(EntityId) const
{
    return {};
}

QList<EntityId> ArtefactStore::outlineChildren(EntityId parent) const
{
    return parent ? QList<EntityId>() : artefacts();
}

EntityId ArtefactStore::outlineParent(EntityId) const
{
    return 0;
}

QVariant ArtefactStore::outlineData(EntityId id, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return artefactName(id);
    case IdRole:
        return id;
    case KindRole:
        return m_kind.key();
    case OpenableRole:
        return artefacts().contains(id);
    default:
        return {};
    }
}

std::optional<MeasurableFigure> ArtefactStore::measurableFigure(EntityId target,
                                                                const QString &key) const
{
    for (const MeasurableFigure &figure : measurableFigures())
        if (figure.target == target && figure.key == key)
            return figure;
    return std::nullopt;
}

} // namespace Takt
