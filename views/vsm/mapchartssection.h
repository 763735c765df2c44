#pragma once

#include "pack/packsection.h"

#include <QCoreApplication>

namespace Takt {

/** Each map's operator balance and waterfall in the pack, drawn by Qt Charts as on screen;
 *  registered from the views (MapEditorFactory::packSections()). */
class MapChartsSection : public PackSection
{
    Q_DECLARE_TR_FUNCTIONS(MapChartsSection)

public:
    QString key() const override { return QStringLiteral("map-charts"); }
    QString title() const override { return tr("Value stream charts"); }
    bool hasContent(const Document &document, const PackOptions &options) const override;
    int workUnits(const Document &document, const PackOptions &options) const override;
    void write(PackComposer &composer, const Document &document) const override;
};

} // namespace Takt
