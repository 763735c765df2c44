#pragma once

#include "document/artefactkind.h"

#include <QCoreApplication>

namespace Takt {

/** A3 reports with their PDCA cycle: one sheet per problem, from background to follow-up,
 *  showing a map and an analysis of the same workshop (registered in app/artefactkinds.cpp). */
class A3Kind : public ArtefactKind
{
    Q_DECLARE_TR_FUNCTIONS(A3Kind)

public:
    QString key() const override { return QStringLiteral("a3"); }
    QString name() const override { return tr("A3 reports"); }
    QString emptyHint() const override;
    QList<SchemaStep> schemaSteps() const override;
    std::unique_ptr<ArtefactStore> createStore(Document &document) const override;
    std::vector<std::unique_ptr<PackSection>> packSections() const override;
    QStringList jsonFormats() const override { return {QStringLiteral("takt-a3")}; }
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
