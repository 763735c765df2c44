#pragma once

#include "document/artefactkind.h"

#include <QCoreApplication>

namespace Takt {

/** The action register: who does what by when, and who checks it worked (registered in
 *  app/artefactkinds.cpp). */
class ActionsKind : public ArtefactKind
{
    Q_DECLARE_TR_FUNCTIONS(ActionsKind)

public:
    QString key() const override { return QStringLiteral("actions"); }
    QString name() const override { return tr("Actions"); }
    QString emptyHint() const override;
    QList<SchemaStep> schemaSteps() const override;
    std::unique_ptr<ArtefactStore> createStore(Document &document) const override;
    std::vector<std::unique_ptr<PackSection>> packSections() const override;
    QList<CsvReader> csvReaders() const override;
    bool buildExample(Document &document,
                      const QJsonObject &workshop,
                      const QString &folder,
                      QString *error) const override;
};

} // namespace Takt
