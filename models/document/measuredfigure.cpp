#include "measuredfigure.h"

#include "artefactstore.h"
#include "core/addremoveentities.h"
#include "document.h"
#include "linkcommands.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <algorithm>
#include <numeric>

namespace Takt {

namespace {
const QString RolePrefix = QStringLiteral("measures:");
}

MeasuredSpread MeasuredSpread::of(QList<double> values)
{
    MeasuredSpread s;
    s.n = int(values.size());
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.min = values.first();
    s.max = values.last();
    s.mean = std::accumulate(values.cbegin(), values.cend(), 0.0) / s.n;
    const int half = s.n / 2;
    s.median = s.n % 2 ? values.at(half) : (values.at(half - 1) + values.at(half)) / 2;
    return s;
}

QString MeasuredFigures::linkRole(const QString &key)
{
    return RolePrefix + key;
}

QList<MeasurableFigure> MeasuredFigures::offered(const Document &document)
{
    QList<MeasurableFigure> figures;
    for (const ArtefactStore *store : document.stores())
        figures << store->measurableFigures();
    return figures;
}

std::optional<MeasurableFigure>
MeasuredFigures::find(const Document &document, EntityId target, const QString &key)
{
    if (const ArtefactStore *store = document.storeOf(target))
        return store->measurableFigure(target, key);
    return std::nullopt;
}

std::optional<MeasurableFigure> MeasuredFigures::findByName(const Document &document,
                                                            const QString &artefact,
                                                            const QString &item,
                                                            const QString &key)
{
    for (const MeasurableFigure &figure : offered(document))
        if (figure.key == key && figure.artefact == artefact && figure.item == item)
            return figure;
    return std::nullopt;
}

std::optional<MeasurableFigure> MeasuredFigures::measuredBy(const Document &document,
                                                            EntityId source)
{
    for (const Link &link : document.links().items())
        if (link.from == source && link.role.startsWith(RolePrefix))
            return find(document, link.to, link.role.mid(RolePrefix.size()));
    return std::nullopt;
}

std::optional<MeasuredSpread>
MeasuredFigures::spread(const Document &document, EntityId target, const QString &key)
{
    const QList<EntityId> measuring = sources(document, target, key);
    if (measuring.isEmpty()) // the common case, and cheap: no figure is looked up
        return std::nullopt;
    const std::optional<MeasurableFigure> figure = find(document, target, key);
    if (!figure)
        return std::nullopt;
    // The first that has measured something: a new KPI with no points yet hides no other.
    std::optional<MeasuredSpread> first;
    for (const EntityId source : measuring)
        if (const ArtefactStore *store = document.storeOf(source))
            if (auto measured = store->measure(source, *figure)) {
                if (measured->n > 0)
                    return measured;
                if (!first)
                    first = measured;
            }
    return first;
}

QList<EntityId>
MeasuredFigures::sources(const Document &document, EntityId target, const QString &key)
{
    QList<EntityId> result;
    const QString role = linkRole(key);
    for (const Link &link : document.links().items())
        if (link.to == target && link.role == role)
            result << link.from;
    return result;
}

QUndoCommand *
MeasuredFigures::link(Document &document, EntityId source, EntityId target, const QString &key)
{
    QSet<EntityId> old;
    bool same = false;
    for (const Link &link : document.links().items()) {
        if (link.from != source || !link.role.startsWith(RolePrefix))
            continue;
        if (link.to == target && link.role == linkRole(key))
            same = true;
        else
            old.insert(link.id);
    }
    if (old.isEmpty() && (same || target == 0))
        return nullptr;
    auto *command = new QUndoCommand(
        target ? QCoreApplication::translate("UndoCommands", "Link Measured Figure")
               : QCoreApplication::translate("UndoCommands", "Unlink Measured Figure"));
    if (!old.isEmpty())
        new RemoveEntities<Link>(&document.links(), old, command);
    if (target && !same)
        LinkCommands::add(document, source, target, linkRole(key), command);
    return command;
}

} // namespace Takt
