#pragma once

#include "pack/packsection.h"

#include <QCoreApplication>

namespace Takt {

/** The pack's attendance: who took part, in which role and team, present or absent each day. */
class AttendanceSection : public PackSection
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceSection)

public:
    QString key() const override { return QStringLiteral("attendance"); }
    QString title() const override { return tr("Attendance"); }
    bool hasContent(const Document &document, const PackOptions &options) const override;
    void write(PackComposer &composer, const Document &document) const override;
};

} // namespace Takt
