#pragma once

#include "document/artefactkind.h"

#include <QCoreApplication>

namespace Takt {

/** Value stream maps (current, future and ideal state) as an artefact kind: their tables,
 *  their store, their pack sections, takt-vsm JSON and their part of the example. */
class MapsKind : public ArtefactKind
{
    Q_DECLARE_TR_FUNCTIONS(MapsKind)

public:
    static constexpr const char *Key = "maps";

    QString key() const override { return QLatin1String(Key); }
    QString name() const override { return tr("Value stream maps"); }
    QString emptyHint() const override
    {
        return tr("No maps yet: use Map ▸ New Map or Map ▸ Import Map.");
    }
    QList<SchemaStep> schemaSteps() const override;
    std::unique_ptr<ArtefactStore> createStore(Document &document) const override;
    std::vector<std::unique_ptr<PackSection>> packSections() const override;

    bool hasSnapshots() const override { return true; }
    QList<Slide>
    slides(const Document &document, EntityId id, QSizeF area, qreal minTextHeight) const override;
    EntityId comparedWith(const Document &document, EntityId id) const override;

    QStringList jsonFormats() const override;
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
