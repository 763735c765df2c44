#pragma once

#include "document/artefactkind.h"

#include <QCoreApplication>

namespace Takt {

/** KPIs and their measurements, each read as an XmR control chart (registered in
 *  app/artefactkinds.cpp). */
class KpisKind : public ArtefactKind
{
    Q_DECLARE_TR_FUNCTIONS(KpisKind)

public:
    QString key() const override { return QStringLiteral("kpis"); }
    QString name() const override { return tr("KPIs"); }
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
