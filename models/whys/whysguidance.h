#pragma once

#include "fivewhystree.h"

#include <QCoreApplication>

namespace Takt {

/** A point the guidance beside the tree makes about one cause; never blocking. */
struct WhysHint
{
    enum class Kind {
        ReadBack, // a root cause's chain read backwards, for the room to confirm
        NoRootCause, // a branch ends without one
        Unconfirmed, // a root cause rests on a link that is a hypothesis or ruled out
        TooDeep, // more than seven whys
    };
    Kind kind;
    EntityId cause;
    QString text;
};

/**
 * The 5 Whys guidance (issue 8): each root cause's chain read backwards ("root cause,
 * therefore …, therefore the problem") with the question whether the problem would recur if
 * it were fixed; a branch that ends without a root cause; a root cause resting on an
 * unconfirmed or ruled-out link; a chain deeper than seven levels.
 */
class WhysGuidance
{
    Q_DECLARE_TR_FUNCTIONS(WhysGuidance)

public:
    static constexpr int MaxUsefulDepth = 7;

    static QList<WhysHint> hints(const FiveWhysTree &tree);
    /** "The contract is per batch, therefore labeling waits for 2,000 items, therefore …" */
    static QString readBack(const FiveWhysTree &tree, EntityId cause);
    /** @p cause and its parents, up to the top cause. */
    static QList<const WhyCause *> chain(const FiveWhysTree &tree, EntityId cause);
};

} // namespace Takt
