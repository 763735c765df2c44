#include "artefactregistry.h"

#include "artefactkind.h"

namespace Takt {

namespace {
std::vector<std::unique_ptr<ArtefactKind>> &registered()
{
    static std::vector<std::unique_ptr<ArtefactKind>> kinds;
    return kinds;
}
} // namespace

void ArtefactRegistry::add(std::unique_ptr<ArtefactKind> kind)
{
    if (!ArtefactRegistry::kind(kind->key())) // registering twice (tests, tools) is harmless
        registered().push_back(std::move(kind));
}

const std::vector<std::unique_ptr<ArtefactKind>> &ArtefactRegistry::kinds()
{
    return registered();
}

const ArtefactKind *ArtefactRegistry::kind(const QString &key)
{
    for (const auto &kind : registered())
        if (kind->key() == key)
            return kind.get();
    return nullptr;
}

const ArtefactKind *ArtefactRegistry::kindForFormat(const QString &format)
{
    for (const auto &kind : registered())
        if (kind->jsonFormats().contains(format))
            return kind.get();
    return nullptr;
}

} // namespace Takt
