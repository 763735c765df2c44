#pragma once

#include "document/registerkind.h"
#include "ideasection.h"
#include "ideastore.h"

#include <QCoreApplication>

namespace Takt {

/** The kaizen ideas and their dot voting (registered in app/artefactkinds.cpp). */
class IdeasKind : public RegisterKind<IdeaStore, IdeaSection>
{
    Q_DECLARE_TR_FUNCTIONS(IdeasKind)

public:
    QString key() const override { return QStringLiteral("ideas"); }
    QString name() const override { return tr("Kaizen ideas"); }
    QString emptyHint() const override;
    QList<SchemaStep> schemaSteps() const override;
    bool buildExample(Document &document,
                      const QJsonObject &workshop,
                      const QString &folder,
                      QString *error) const override;

private:
    bool buildVotes(Document &document, const QJsonObject &voting, QString *error) const;
};

} // namespace Takt
