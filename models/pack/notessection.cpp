#include "notessection.h"

#include "document/document.h"
#include "packcomposer.h"

namespace Takt {

bool NotesSection::hasContent(const Document &document, const PackOptions &options) const
{
    if (!options.items.isEmpty())
        return false; // a pack of chosen artefacts only
    return !document.metadata().notes.trimmed().isEmpty()
        || !document.metadata().objective.trimmed().isEmpty();
}

void NotesSection::write(PackComposer &composer, const Document &document) const
{
    const WorkshopMetadata &m = document.metadata();
    composer.beginSection(title());
    composer.heading(title());
    if (!m.objective.trimmed().isEmpty()) {
        composer.subheading(tr("Objective"));
        composer.paragraph(m.objective);
    }
    if (!m.notes.trimmed().isEmpty()) {
        composer.subheading(tr("Notes"));
        for (const QString &paragraph : m.notes.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            composer.paragraph(paragraph);
    }
    composer.step();
}

} // namespace Takt
