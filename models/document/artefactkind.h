#pragma once

#include "core/entityid.h"
#include "csvreader.h"
#include "schemastep.h"
#include "slide.h"

#include <QIcon>
#include <QJsonObject>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Takt {

class ArtefactStore;
class Document;
class PackSection;

/**
 * One kind of artefact a workshop document holds (value stream maps, 5 Whys, A3 reports, the
 * agenda, …): everything the document, the store, the navigator, the pack and the command line
 * need to know of it, so that they know no kind by name. A kind is registered once, in
 * app/artefactkinds.cpp; docs/architecture.md says how to add one.
 */
class ArtefactKind
{
public:
    virtual ~ArtefactKind();

    /** Stable and untranslated: the kind's name in code and on the command line ("maps"). */
    virtual QString key() const = 0;
    /** Translated, as the navigator heads the kind's rows ("Value stream maps"). */
    virtual QString name() const = 0;
    virtual QIcon icon() const { return {}; }
    /** Translated: what the workshop overview says while the kind has nothing yet. */
    virtual QString emptyHint() const { return {}; }

    /** The kind's tables, one step per format version that changes them. */
    virtual QList<SchemaStep> schemaSteps() const = 0;
    /** What holds the kind's entities in one open document. */
    virtual std::unique_ptr<ArtefactStore> createStore(Document &document) const = 0;
    /** The kind's parts of the session pack, in pack order. */
    virtual std::vector<std::unique_ptr<PackSection>> packSections() const;
    QStringList packSectionKeys() const;

    /** Artefact @p id as slides for a screen area of @p area (device units), at a scale where
     *  the smallest text is at least @p minTextHeight high: the whole drawing when it fits so,
     *  else in parts. None when the kind has nothing to present. */
    virtual QList<Slide>
    slides(const Document &document, EntityId id, QSizeF area, qreal minTextHeight) const;

    /** The whole of artefact @p id as one drawing with its headline figures, at its own
     *  scale: what another artefact embeds (an A3's current condition shows a map, its
     *  analysis a 5 Whys). By default the one slide of the whole drawing; none when the kind
     *  draws nothing. */
    virtual std::optional<Slide> snapshot(const Document &document, EntityId id) const;
    /** Whether snapshot() draws this kind's artefacts: what an A3 offers to show. */
    virtual bool hasSnapshots() const { return false; }

    /** The artefact to present beside @p id (S in the presentation): a future state's current
     *  state, or a current state's future; 0 for none. */
    virtual EntityId comparedWith(const Document &document, EntityId id) const;

    /** The "format" values of the JSON files the kind reads and writes ("takt-vsm"). */
    virtual QStringList jsonFormats() const { return {}; }
    /** Adds the artefact of @p json to @p document as one undo step and returns its id; 0 and
     *  a message naming the item and the field when @p json cannot be read. */
    virtual EntityId importJson(Document &document, const QByteArray &json, QString *error) const;
    /** The artefact @p id as JSON; what the format has no place for is named in @p leftOut.
     *  Empty, with @p error, when the kind does not export it. */
    virtual QByteArray
    exportJson(const Document &document, EntityId id, QStringList *leftOut, QString *error) const;
    /** The CSV files the kind reads, each by its parser: what the fuzzers try every input on,
     *  so that a kind's new reader is fuzzed without new harness code. */
    virtual QList<CsvReader> csvReaders() const { return {}; }

    /** The kind's part of the bundled example workshop, from workshop.json in @p folder. */
    virtual bool buildExample(Document &document,
                              const QJsonObject &workshop,
                              const QString &folder,
                              QString *error) const;

protected:
    /** buildExample() for a kind whose part is a list of its JSON files: workshop.json's
     *  @p key names them, each beside it in @p folder, each imported with importJson(). */
    bool importListedFiles(Document &document,
                           const QJsonObject &workshop,
                           const QString &key,
                           const QString &folder,
                           QString *error) const;
};

} // namespace Takt
