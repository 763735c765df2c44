#pragma once

namespace Takt {

/** Registers every artefact kind this build has, models and editors: the one list
 *  (static libraries drop self-registration). Call once, before the first document. */
void registerArtefactKinds();

} // namespace Takt
