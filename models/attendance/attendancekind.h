#pragma once

#include "attendancesection.h"
#include "attendancestore.h"
#include "document/registerkind.h"

#include <QCoreApplication>

namespace Takt {

/** The attendance: who took part, and on which days (registered in app/artefactkinds.cpp). */
class AttendanceKind : public RegisterKind<AttendanceStore, AttendanceSection>
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceKind)

public:
    QString key() const override { return QStringLiteral("attendance"); }
    QString name() const override { return tr("Attendance"); }
    QString emptyHint() const override;
    QList<SchemaStep> schemaSteps() const override;
    QList<CsvReader> csvReaders() const override;
    bool buildExample(Document &document,
                      const QJsonObject &workshop,
                      const QString &folder,
                      QString *error) const override;
};

} // namespace Takt
