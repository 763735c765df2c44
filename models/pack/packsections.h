#pragma once

#include <QStringList>

#include <memory>
#include <vector>

namespace Takt {

class PackSection;

/** The pack's sections, in pack order. A feature registers its section here, in one line. */
class PackSections
{
public:
    static std::vector<std::unique_ptr<PackSection>> all();
    static QStringList keys();
};

} // namespace Takt
