#pragma once

#include <QPageSize>
#include <QStringList>

namespace Takt {

/** What goes into a session pack and on what paper. */
struct PackOptions
{
    QStringList sections; // section keys, in pack order; empty means all
    QPageSize::PageSizeId paper = QPageSize::A4;

    bool includes(const QString &key) const { return sections.isEmpty() || sections.contains(key); }
};

} // namespace Takt
