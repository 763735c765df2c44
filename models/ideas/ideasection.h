#pragma once

#include "pack/packsection.h"

#include <QCoreApplication>

namespace Takt {

/** The pack's kaizen ideas: ranked by the last closed round's dots, and the impact/effort 2×2. */
class IdeaSection : public PackSection
{
    Q_DECLARE_TR_FUNCTIONS(IdeaSection)

public:
    QString key() const override { return QStringLiteral("ideas"); }
    QString title() const override { return tr("Kaizen ideas"); }
    bool hasContent(const Document &document, const PackOptions &options) const override;
    void write(PackComposer &composer, const Document &document) const override;
};

} // namespace Takt
