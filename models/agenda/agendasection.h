#pragma once

#include "pack/packsection.h"

#include <QCoreApplication>

namespace Takt {

/** The pack's agenda: each day's items, planned against actual, and the balance. */
class AgendaSection : public PackSection
{
    Q_DECLARE_TR_FUNCTIONS(AgendaSection)

public:
    QString key() const override { return QStringLiteral("agenda"); }
    QString title() const override { return tr("Agenda"); }
    bool hasContent(const Document &document, const PackOptions &options) const override;
    void write(PackComposer &composer, const Document &document) const override;
};

} // namespace Takt
