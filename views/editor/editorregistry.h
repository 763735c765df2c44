#pragma once

#include <QString>

#include <memory>
#include <vector>

namespace Takt {

class EditorFactory;

/** The editor factories, one per artefact kind, filled by registerArtefactKinds()
 *  (app/artefactkinds.cpp) beside the kinds themselves. */
class EditorRegistry
{
public:
    /** False (and @p factory dropped) when the kind has one already. */
    static bool add(std::unique_ptr<EditorFactory> factory);
    static const std::vector<std::unique_ptr<EditorFactory>> &factories();
    static const EditorFactory *factory(const QString &kindKey);
};

} // namespace Takt
