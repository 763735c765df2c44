#include "whysguidance.h"

#include <QHash>
#include <QSet>

namespace Takt {

namespace {
using ById = QHash<EntityId, const WhyCause *>;

ById indexed(const FiveWhysTree &tree)
{
    ById byId;
    byId.reserve(tree.causes.size());
    for (const WhyCause &c : tree.causes)
        byId.insert(c.id, &c);
    return byId;
}

QList<const WhyCause *> chainIn(const ById &byId, EntityId cause)
{
    QList<const WhyCause *> up;
    for (const WhyCause *c = byId.value(cause); c && up.size() <= byId.size();
         c = byId.value(c->parent))
        up << c;
    return up;
}
} // namespace

QList<const WhyCause *> WhysGuidance::chain(const FiveWhysTree &tree, EntityId cause)
{
    return chainIn(indexed(tree), cause);
}

QString WhysGuidance::readBack(const FiveWhysTree &tree, EntityId cause)
{
    // Each part as a clause: a full stop typed at its end would cut the sentence.
    const auto clause = [](QString text) {
        text = text.trimmed();
        while (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        return text;
    };
    QStringList parts;
    for (const WhyCause *c : chain(tree, cause))
        parts << clause(c->text);
    parts << clause(tree.analysis.problem.trimmed().isEmpty() ? tree.analysis.name
                                                              : tree.analysis.problem);
    return parts.join(tr(", therefore "));
}

QList<WhysHint> WhysGuidance::hints(const FiveWhysTree &tree)
{
    using Kind = WhysHint::Kind;
    using Status = WhyCause::Status;
    QList<WhysHint> hints;
    // Indexed once: a tree of 500 causes is asked about each of them.
    const ById byId = indexed(tree);
    QSet<EntityId> parents;
    for (const WhyCause &c : tree.causes)
        parents.insert(c.parent);
    for (const WhyCause &c : tree.causes) {
        const QList<const WhyCause *> up = chainIn(byId, c.id);
        if (c.rootCause) {
            hints << WhysHint {Kind::ReadBack, c.id,
                               tr("Read it back: %1. Would the problem recur if “%2” were fixed?")
                                   .arg(readBack(tree, c.id), c.text.trimmed())};
            for (const WhyCause *link : up)
                if (link->status != Status::Confirmed) {
                    hints << WhysHint {
                        Kind::Unconfirmed, c.id,
                        (link->status == Status::RuledOut
                             ? tr("The root cause “%1” rests on “%2”, which is ruled out.")
                             : tr("The root cause “%1” rests on “%2”, which is not confirmed yet."))
                            .arg(c.text.trimmed(), link->text.trimmed())};
                    break;
                }
        } else if (!parents.contains(c.id) && c.status != Status::RuledOut) {
            hints << WhysHint {Kind::NoRootCause, c.id,
                               tr("“%1” ends its branch without a root cause: ask why once more, "
                                  "or mark it as the root cause.")
                                   .arg(c.text.trimmed())};
        }
        if (up.size() == MaxUsefulDepth + 1)
            hints << WhysHint {
                Kind::TooDeep, c.id,
                tr("“%1” is %2 whys deep: past seven, the question has often drifted "
                   "from the problem.")
                    .arg(c.text.trimmed())
                    .arg(up.size())};
    }
    return hints;
}

} // namespace Takt
