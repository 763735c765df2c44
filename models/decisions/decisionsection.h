#pragma once

#include "pack/packsection.h"

#include <QCoreApplication>

namespace Takt {

/** The pack's decisions log: what the room decided, by whom, when, about what. */
class DecisionSection : public PackSection
{
    Q_DECLARE_TR_FUNCTIONS(DecisionSection)

public:
    QString key() const override { return QStringLiteral("decisions"); }
    QString title() const override { return tr("Decisions"); }
    bool hasContent(const Document &document, const PackOptions &options) const override;
    void write(PackComposer &composer, const Document &document) const override;
};

} // namespace Takt
