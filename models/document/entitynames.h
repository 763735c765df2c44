#pragma once

#include "core/entityid.h"

#include <QString>
#include <QStringList>

namespace Takt {

class Document;

/**
 * Entities by the names people give them, whatever their kind: "Labeling", "Inference p95
 * latency", or "Model retraining - current state ▸ Labeling" where a step of that name is on
 * more than one map. What a CSV's Source column names, and what it writes back.
 */
namespace EntityNames {

inline const QString Separator = QStringLiteral(" ▸ ");

/** The one entity @p name names, or 0 when none does or more than one could be meant. */
EntityId find(const Document &document, const QString &name);
/** @p id's name: its own where that finds it again, else "Artefact ▸ name". */
QString nameOf(const Document &document, EntityId id);
/** The artefact holding @p id, for an editor to open; 0 when it is in none. */
EntityId artefactOf(const Document &document, EntityId id);
/** The people of the workshop, as the kinds know them (the attendance): what an owner, a
 *  verifier or a voter is offered from. Sorted, without repeats; free text still works. */
QStringList people(const Document &document);

} // namespace EntityNames

} // namespace Takt
