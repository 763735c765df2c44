#pragma once

#include "packoptions.h"

#include <QString>

namespace Takt {

class Document;
class PackComposer;

/**
 * One part of the session pack: the document's own (cover, contents, notes) and those each
 * artefact kind gives (ArtefactKind::packSections()), which may draw anything through
 * PackComposer::figure(). Sections honour PackOptions::items when it names artefacts.
 */
class PackSection
{
public:
    virtual ~PackSection() = default;

    /** Stable, untranslated: what `takt export --sections` takes. */
    virtual QString key() const = 0;
    /** Translated, as the contents and the export dialog show it. */
    virtual QString title() const = 0;
    /** Whether the document has anything for this section, of the artefacts @p options
     *  includes. */
    virtual bool hasContent(const Document &document, const PackOptions &options) const = 0;
    /** How many steps of progress writing it takes (e.g. one per map). */
    virtual int workUnits(const Document &, const PackOptions &) const { return 1; }
    /** Whether it is listed in the contents (the cover and the contents are not). */
    virtual bool listedInContents() const { return true; }
    /** Writes the section; calls composer.step() once per work unit. */
    virtual void write(PackComposer &composer, const Document &document) const = 0;
};

} // namespace Takt
