#pragma once

#include "connector.h"
#include "mapelement.h"

#include <QList>

namespace Takt {

/** Elements and the connectors between them: what a selection, a clipboard or an undo step
 *  carries around. */
struct MapItems
{
    QList<MapElement> elements;
    QList<Connector> connectors;

    bool isEmpty() const { return elements.isEmpty() && connectors.isEmpty(); }
};

} // namespace Takt
