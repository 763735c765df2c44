#include "packsections.h"

#include "contentssection.h"
#include "coversection.h"
#include "document/artefactkind.h"
#include "document/artefactregistry.h"
#include "notessection.h"

namespace Takt {

std::vector<std::unique_ptr<PackSection>> PackSections::all()
{
    std::vector<std::unique_ptr<PackSection>> sections;
    sections.push_back(std::make_unique<CoverSection>());
    sections.push_back(std::make_unique<ContentsSection>());
    sections.push_back(std::make_unique<NotesSection>());
    // Then each kind's sections, in registry order.
    for (const auto &kind : ArtefactRegistry::kinds()) {
        for (auto &section : kind->packSections())
            sections.push_back(std::move(section));
        for (auto &section : ArtefactRegistry::viewSections(kind->key()))
            sections.push_back(std::move(section));
    }
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
