#pragma once

#include "document/artefactkind.h"

#include <QCoreApplication>

namespace Takt {

/** Fishbone (Ishikawa) diagrams: an effect, its categories of causes (6M or an AI-operations
 *  set) and the causes on each bone, some marked likely (registered in app/artefactkinds.cpp). */
class FishboneKind : public ArtefactKind
{
    Q_DECLARE_TR_FUNCTIONS(FishboneKind)

public:
    QString key() const override { return QStringLiteral("fishbone"); }
    QString name() const override { return tr("Fishbones"); }
    QString emptyHint() const override;
    QList<SchemaStep> schemaSteps() const override;
    std::unique_ptr<ArtefactStore> createStore(Document &document) const override;
    std::vector<std::unique_ptr<PackSection>> packSections() const override;
    /** The drawing, with the counts of its causes. */
    bool hasSnapshots() const override { return true; }
    std::optional<Slide> snapshot(const Document &document, EntityId id) const override;
    QStringList jsonFormats() const override { return {QStringLiteral("takt-fishbone")}; }
    EntityId importJson(Document &document, const QByteArray &json, QString *error) const override;
    QByteArray exportJson(const Document &document,
                          EntityId id,
                          QStringList *leftOut,
                          QString *error) const override;
    bool buildExample(Document &document,
                      const QJsonObject &workshop,
                      const QString &folder,
                      QString *error) const override;
};

} // namespace Takt
