#include "artefactregistry.h"

#include "artefactkind.h"
#include "pack/packsection.h"

#include <QHash>

namespace Takt {

namespace {
std::vector<std::unique_ptr<ArtefactKind>> &registered()
{
    static std::vector<std::unique_ptr<ArtefactKind>> kinds;
    return kinds;
}
QList<QPair<QString, ArtefactRegistry::SectionFactory>> &sectionFactories()
{
    static QList<QPair<QString, ArtefactRegistry::SectionFactory>> factories;
    return factories;
}
} // namespace

void ArtefactRegistry::addPackSections(const QString &kindKey, SectionFactory factory)
{
    sectionFactories().append({kindKey, std::move(factory)});
}

std::vector<std::unique_ptr<PackSection>> ArtefactRegistry::viewSections(const QString &kindKey)
{
    std::vector<std::unique_ptr<PackSection>> sections;
    for (const auto &[key, factory] : std::as_const(sectionFactories()))
        if (key == kindKey)
            for (auto &section : factory())
                sections.push_back(std::move(section));
    return sections;
}

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
