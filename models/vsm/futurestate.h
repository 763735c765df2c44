#pragma once

#include "mapelement.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace Takt {

class ValueStreamMap;

/** Derives a future-state map from a current one: the same flow with new ids, marked as
 *  derived, so that its figures can be read against the map it came from. */
class FutureState
{
    Q_DECLARE_TR_FUNCTIONS(FutureState)

public:
    static std::unique_ptr<ValueStreamMap> derive(const ValueStreamMap &current,
                                                  const std::function<EntityId()> &newId);
};

} // namespace Takt
