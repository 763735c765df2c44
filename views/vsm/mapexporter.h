#pragma once

#include <QCoreApplication>
#include <QString>

class QPrinter;

namespace Takt {

class ValueStreamMap;

/** A map as a file on its own: PNG (2x, for slides), SVG and vector PDF (selectable text). */
class MapExporter
{
    Q_DECLARE_TR_FUNCTIONS(MapExporter)

public:
    /** The format follows the suffix (.png, .svg, .pdf); returns an error message or "".
     *  @p base: the map @p map was derived from, if it is in the document: the ladder shows
     *  the change against it, as on screen and in the pack. */
    static QString
    exportMap(const ValueStreamMap &map, const ValueStreamMap *base, const QString &path);
    static void print(const ValueStreamMap &map, const ValueStreamMap *base, QPrinter *printer);
};

} // namespace Takt
