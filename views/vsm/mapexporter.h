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
    /** The format follows the suffix (.png, .svg, .pdf); returns an error message or "". */
    static QString exportMap(const ValueStreamMap &map, const QString &path);
    static void print(const ValueStreamMap &map, QPrinter *printer);
};

} // namespace Takt
