#pragma once

#include "packsection.h"

#include <QCoreApplication>

namespace Takt {

/** The contents: every section listed in it with the page it starts on, as the measuring
 *  pass found them (PackComposer::contents()). */
class ContentsSection : public PackSection
{
    Q_DECLARE_TR_FUNCTIONS(ContentsSection)

public:
    QString key() const override { return QStringLiteral("contents"); }
    QString title() const override { return tr("Contents"); }
    bool hasContent(const Document &, const PackOptions &) const override { return true; }
    bool listedInContents() const override { return false; }
    void write(PackComposer &composer, const Document &document) const override;
};

} // namespace Takt
