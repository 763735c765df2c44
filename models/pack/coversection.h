#pragma once

#include "packsection.h"

#include <QCoreApplication>

namespace Takt {

/** The cover: the workshop's title, dates, team, location, facilitators and objective. */
class CoverSection : public PackSection
{
    Q_DECLARE_TR_FUNCTIONS(CoverSection)

public:
    QString key() const override { return QStringLiteral("cover"); }
    QString title() const override { return tr("Cover"); }
    bool hasContent(const Document &, const PackOptions &) const override { return true; }
    bool listedInContents() const override { return false; }
    void write(PackComposer &composer, const Document &document) const override;
};

} // namespace Takt
