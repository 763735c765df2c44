#include "packsections.h"

#include "comparisonsection.h"
#include "contentssection.h"
#include "coversection.h"
#include "mapssection.h"
#include "notessection.h"

namespace Takt {

std::vector<std::unique_ptr<PackSection>> PackSections::all()
{
    std::vector<std::unique_ptr<PackSection>> sections;
    sections.push_back(std::make_unique<CoverSection>());
    sections.push_back(std::make_unique<ContentsSection>());
    sections.push_back(std::make_unique<NotesSection>());
    sections.push_back(std::make_unique<MapsSection>());
    sections.push_back(std::make_unique<ComparisonSection>());
    return sections;
}

QStringList PackSections::keys()
{
    QStringList keys;
    for (const auto &section : all())
        keys << section->key();
    return keys;
}

} // namespace Takt
