#pragma once

#include "mapelement.h"

#include <QCoreApplication>
#include <QList>

namespace Takt {

/** Process steps of AI/ML operations with sensible starting figures, so that the room
 *  corrects numbers instead of typing them from nothing. */
class StepTemplates
{
    Q_DECLARE_TR_FUNCTIONS(StepTemplates)

public:
    struct Template
    {
        QString key; // stable, untranslated
        QString name;
        QString shortName; // one word, for the palette's small picture
        MapElement step;
    };

    static QList<Template> all();
    static std::optional<Template> byKey(const QString &key);
};

} // namespace Takt
