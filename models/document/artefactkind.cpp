#include "artefactkind.h"

#include "pack/packsection.h"
#include "slide.h"

#include <QCoreApplication>

namespace Takt {

ArtefactKind::~ArtefactKind() = default;

std::vector<std::unique_ptr<PackSection>> ArtefactKind::packSections() const
{
    return {};
}

QStringList ArtefactKind::packSectionKeys() const
{
    QStringList keys;
    for (const auto &section : packSections())
        keys << section->key();
    return keys;
}

QList<Slide> ArtefactKind::slides(const Document &, EntityId, QSizeF, qreal) const
{
    return {};
}

EntityId ArtefactKind::importJson(Document &, const QByteArray &, QString *error) const
{
    if (error)
        *error = QCoreApplication::translate("ArtefactKind", "%1 cannot be imported").arg(name());
    return 0;
}

QByteArray ArtefactKind::exportJson(const Document &, EntityId, QStringList *, QString *error) const
{
    if (error)
        *error = QCoreApplication::translate("ArtefactKind", "%1 cannot be exported as JSON")
                     .arg(name());
    return {};
}

bool ArtefactKind::buildExample(Document &, const QJsonObject &, const QString &, QString *) const
{
    return true;
}

EntityId ArtefactKind::comparedWith(const Document &, EntityId) const
{
    return 0;
}

} // namespace Takt
