#pragma once

#include "document/artefactkind.h"

#include <QCoreApplication>

namespace Takt {

/** 5 Whys analyses: a branching tree of causes with evidence, root causes and their
 *  countermeasures (registered in app/artefactkinds.cpp). */
class FiveWhysKind : public ArtefactKind
{
    Q_DECLARE_TR_FUNCTIONS(FiveWhysKind)

public:
    QString key() const override { return QStringLiteral("whys"); }
    QString name() const override { return tr("5 Whys"); }
    QString emptyHint() const override;
    QList<SchemaStep> schemaSteps() const override;
    std::unique_ptr<ArtefactStore> createStore(Document &document) const override;
    std::vector<std::unique_ptr<PackSection>> packSections() const override;
    /** The drawing, with the counts of its causes. */
    bool hasSnapshots() const override { return true; }
    std::optional<Slide> snapshot(const Document &document, EntityId id) const override;
    QStringList jsonFormats() const override { return {QStringLiteral("takt-whys")}; }
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
