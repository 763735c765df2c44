#pragma once

#include "pack/packsection.h"

#include <QCoreApplication>

namespace Takt {

/** Each value stream map: the drawing with its ladder on a landscape page, then its figures,
 *  its steps' data boxes and its warnings. */
class MapsSection : public PackSection
{
    Q_DECLARE_TR_FUNCTIONS(MapsSection)

public:
    QString key() const override { return QStringLiteral("maps"); }
    QString title() const override { return tr("Value stream maps"); }
    bool hasContent(const Document &document, const PackOptions &options) const override;
    int workUnits(const Document &document, const PackOptions &options) const override;
    void write(PackComposer &composer, const Document &document) const override;
};

} // namespace Takt
