#pragma once

#include "document/artefactkind.h"

#include <QCoreApplication>

namespace Takt {

/** The attendance: who took part, and on which days (registered in app/artefactkinds.cpp). */
class AttendanceKind : public ArtefactKind
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceKind)

public:
    QString key() const override { return QStringLiteral("attendance"); }
    QString name() const override { return tr("Attendance"); }
    QString emptyHint() const override;
    QList<SchemaStep> schemaSteps() const override;
    std::unique_ptr<ArtefactStore> createStore(Document &document) const override;
    std::vector<std::unique_ptr<PackSection>> packSections() const override;
    bool buildExample(Document &document,
                      const QJsonObject &workshop,
                      const QString &folder,
                      QString *error) const override;
};

} // namespace Takt
