#pragma once

#include "pack/packsection.h"

#include <QCoreApplication>

namespace Takt {

/** The pack's action register: the actions by owner, the overdue ones marked in words. */
class ActionSection : public PackSection
{
    Q_DECLARE_TR_FUNCTIONS(ActionSection)

public:
    QString key() const override { return QStringLiteral("actions"); }
    QString title() const override { return tr("Action register"); }
    bool hasContent(const Document &document, const PackOptions &options) const override;
    void write(PackComposer &composer, const Document &document) const override;
};

} // namespace Takt
