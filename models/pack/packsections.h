#pragma once

#include <QStringList>

#include <memory>
#include <vector>

namespace Takt {

class PackSection;

/** The pack's sections, in pack order: the document's own, then each registered kind's. */
class PackSections
{
public:
    static std::vector<std::unique_ptr<PackSection>> all();
    static QStringList keys();
};

} // namespace Takt
