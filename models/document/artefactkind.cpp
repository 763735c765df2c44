#include "artefactkind.h"

#include "pack/packsection.h"
#include "slide.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

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

std::optional<Slide> ArtefactKind::snapshot(const Document &document, EntityId id) const
{
    // An area no drawing fills: the whole of it in one slide, however large it is.
    const QList<Slide> whole = slides(document, id, QSizeF(1e7, 1e7), 0);
    if (whole.size() != 1)
        return std::nullopt;
    Slide slide = whole.first();
    slide.scale = 1;
    return slide;
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

bool ArtefactKind::importListedFiles(Document &document,
                                     const QJsonObject &workshop,
                                     const QString &key,
                                     const QString &folder,
                                     QString *error) const
{
    const QDir dir(folder);
    for (const QJsonValue &name : workshop.value(key).toArray()) {
        QFile file(dir.filePath(name.toString()));
        QString why;
        if (!file.open(QIODevice::ReadOnly)) {
            why = file.errorString();
        } else if (importJson(document, file.readAll(), &why)) {
            continue;
        }
        if (error)
            *error = QStringLiteral("%1: %2").arg(file.fileName(), why);
        return false;
    }
    return true;
}

} // namespace Takt
