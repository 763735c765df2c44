#pragma once

#include "artefactkind.h"
#include "pack/packsection.h"

#include <memory>
#include <vector>

namespace Takt {

/** A kind that is one register per document (RegisterStore): its store and its one pack
 *  section are made here; the kind says its key, name, tables and example. */
template<typename Store, typename Section> class RegisterKind : public ArtefactKind
{
public:
    std::unique_ptr<ArtefactStore> createStore(Document &document) const override
    {
        return std::make_unique<Store>(document, *this);
    }
    std::vector<std::unique_ptr<PackSection>> packSections() const override
    {
        std::vector<std::unique_ptr<PackSection>> sections;
        sections.push_back(std::make_unique<Section>());
        return sections;
    }
};

} // namespace Takt
