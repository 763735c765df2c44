#pragma once

#include "agendasection.h"
#include "agendastore.h"
#include "document/registerkind.h"

#include <QCoreApplication>

namespace Takt {

/** The agenda and its facilitation timer (registered in app/artefactkinds.cpp). */
class AgendaKind : public RegisterKind<AgendaStore, AgendaSection>
{
    Q_DECLARE_TR_FUNCTIONS(AgendaKind)

public:
    QString key() const override { return QStringLiteral("agenda"); }
    QString name() const override { return tr("Agenda"); }
    QString emptyHint() const override;
    QList<SchemaStep> schemaSteps() const override;
    bool buildExample(Document &document,
                      const QJsonObject &workshop,
                      const QString &folder,
                      QString *error) const override;
};

} // namespace Takt
