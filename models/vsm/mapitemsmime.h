#pragma once

#include "mapitems.h"

#include <QByteArray>
#include <QPointF>
#include <QString>

#include <functional>

class QMimeData;

namespace Takt {

/** Elements and connectors on the clipboard, as JSON, so that they paste into another map or
 *  another Takt window. Pasting gives everything new ids and keeps the connectors between
 *  the pasted elements only. */
class MapItemsMime
{
public:
    static const QString MimeType; // application/x-takt-map-items

    static QByteArray encode(const MapItems &items);
    static MapItems
    decode(const QByteArray &bytes, const std::function<EntityId()> &newId, QPointF offset);
};

} // namespace Takt
