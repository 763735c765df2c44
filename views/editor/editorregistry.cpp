#include "editorregistry.h"

#include "editorfactory.h"

namespace Takt {

namespace {
std::vector<std::unique_ptr<EditorFactory>> &registered()
{
    static std::vector<std::unique_ptr<EditorFactory>> factories;
    return factories;
}
} // namespace

bool EditorRegistry::add(std::unique_ptr<EditorFactory> factory)
{
    if (EditorRegistry::factory(factory->kindKey()))
        return false; // registering twice (tests, tools) is harmless
    registered().push_back(std::move(factory));
    return true;
}

const std::vector<std::unique_ptr<EditorFactory>> &EditorRegistry::factories()
{
    return registered();
}

const EditorFactory *EditorRegistry::factory(const QString &kindKey)
{
    for (const auto &factory : registered())
        if (factory->kindKey() == kindKey)
            return factory.get();
    return nullptr;
}

} // namespace Takt
