#pragma once

#include "decisionsection.h"
#include "decisionstore.h"
#include "document/registerkind.h"

#include <QCoreApplication>

namespace Takt {

/** The decisions log (registered in app/artefactkinds.cpp). */
class DecisionsKind : public RegisterKind<DecisionStore, DecisionSection>
{
    Q_DECLARE_TR_FUNCTIONS(DecisionsKind)

public:
    QString key() const override { return QStringLiteral("decisions"); }
    QString name() const override { return tr("Decisions"); }
    QString emptyHint() const override;
    QList<SchemaStep> schemaSteps() const override;
    bool buildExample(Document &document,
                      const QJsonObject &workshop,
                      const QString &folder,
                      QString *error) const override;
};

} // namespace Takt
