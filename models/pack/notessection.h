#pragma once

#include "packsection.h"

#include <QCoreApplication>

namespace Takt {

/** The workshop notes, as typed in the workshop properties. */
class NotesSection : public PackSection
{
    Q_DECLARE_TR_FUNCTIONS(NotesSection)

public:
    QString key() const override { return QStringLiteral("notes"); }
    QString title() const override { return tr("Workshop notes"); }
    bool hasContent(const Document &document, const PackOptions &options) const override;
    void write(PackComposer &composer, const Document &document) const override;
};

} // namespace Takt
