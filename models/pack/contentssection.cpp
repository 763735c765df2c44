#include "contentssection.h"

#include "packcomposer.h"

namespace Takt {

void ContentsSection::write(PackComposer &composer, const Document &) const
{
    composer.beginSection(title());
    composer.heading(title());
    for (const auto &[text, page] : composer.contents())
        composer.contentsLine(text, page);
    composer.step();
}

} // namespace Takt
