#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Takt {

class Document;

/** The maps' part of the bundled example workshop: the maps workshop.json names (takt-vsm
 *  files beside it), the current state's kaizen bursts, and a future state derived from it
 *  with its changes, all through the undo commands a facilitator's edits take. */
class MapExample
{
    Q_DECLARE_TR_FUNCTIONS(MapExample)

public:
    static bool
    build(Document &document, const QJsonObject &workshop, const QString &folder, QString *error);
};

} // namespace Takt
