#pragma once

#include <QCoreApplication>
#include <QString>

class QPrinter;

namespace Takt {

class ValueStreamMap;
struct MapMetrics;

/** A map as a file on its own: PNG (2x, for slides), SVG and vector PDF (selectable text). */
class MapExporter
{
    Q_DECLARE_TR_FUNCTIONS(MapExporter)

public:
    /** The format follows the suffix (.png, .svg, .pdf); returns an error message or "".
     *  @p metrics: the map's figures as the document has them (MapStore::metrics), so that
     *  the ladder and the data boxes read as on screen and in the pack. */
    static QString
    exportMap(const ValueStreamMap &map, const MapMetrics &metrics, const QString &path);
    static void print(const ValueStreamMap &map, const MapMetrics &metrics, QPrinter *printer);
};

} // namespace Takt
