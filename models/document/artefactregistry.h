#pragma once

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace Takt {

class ArtefactKind;
class PackSection;

/**
 * The artefact kinds this build knows, in the order the navigator, the store and the pack
 * take them. Filled once at start-up by registerArtefactKinds() (app/artefactkinds.cpp), the
 * one list: static libraries would drop self-registering kinds.
 */
class ArtefactRegistry
{
public:
    static void add(std::unique_ptr<ArtefactKind> kind);
    static const std::vector<std::unique_ptr<ArtefactKind>> &kinds();
    static const ArtefactKind *kind(const QString &key);
    /** The kind that reads JSON files of @p format, if any. */
    static const ArtefactKind *kindForFormat(const QString &format);

    /** Pack sections a kind's views add after its own (a chart drawn with Qt Charts, which
     *  the models may not include): made afresh for each pack, in the order added. */
    using SectionFactory = std::function<std::vector<std::unique_ptr<PackSection>>()>;
    static void addPackSections(const QString &kindKey, SectionFactory factory);
    static std::vector<std::unique_ptr<PackSection>> viewSections(const QString &kindKey);
};

} // namespace Takt
