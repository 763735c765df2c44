#pragma once

#include "core/entityid.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace Takt {

class Document;

/** The presentation as a 16:9 PDF for the workshop's deck: one slide per page of 1920x1080
 *  points, drawn as on the projector, written whole or not at all (QSaveFile). */
class SlideExporter
{
    Q_DECLARE_TR_FUNCTIONS(SlideExporter)

public:
    static bool write(const Document &document,
                      const QString &path,
                      QString *error,
                      qreal textShare,
                      const QSet<EntityId> &items = {},
                      int *slideCount = nullptr);
};

} // namespace Takt
