#pragma once

#include "core/entityid.h"

#include <QPageSize>
#include <QSet>
#include <QStringList>

namespace Takt {

/** What goes into a session pack and on what paper. */
struct PackOptions
{
    QStringList sections; // section keys, in pack order; empty means all
    QPageSize::PageSizeId paper = QPageSize::A4;
    QSet<EntityId> items; // the artefacts to include; empty means all
    /** One artefact written by itself (`takt export --item … -o F.pdf`): a kind that can
     *  shows it as its drawing alone, on one page. */
    bool alone = false;

    bool includes(const QString &key) const { return sections.isEmpty() || sections.contains(key); }
    bool includesItem(EntityId id) const { return items.isEmpty() || items.contains(id); }
};

} // namespace Takt
