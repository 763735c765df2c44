#pragma once

#include "core/entityid.h"
#include "core/fieldtable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Takt {

/** A fishbone (Ishikawa) diagram: the effect at its head. */
struct FishboneDiagram
{
    enum class Field { Name, Effect };
    EntityId id = 0;
    QString name;
    QString effect;
    static const FieldTable<FishboneDiagram> &fields();
};

/** One bone: a category of causes (Methods, Data, …), in the diagram's order. */
struct FishboneCategory
{
    enum class Field { Name };
    EntityId id = 0;
    QString name;
    static const FieldTable<FishboneCategory> &fields();
};

/** A cause on a bone, or a sub-cause of another cause; the room may mark it likely. */
struct FishboneCause
{
    enum class Field { Category, Parent, Text, Likely };
    EntityId id = 0;
    EntityId category = 0;
    EntityId parent = 0; // 0: on the bone itself
    QString text;
    bool likely = false;
    static const FieldTable<FishboneCause> &fields();
};

/** A diagram with its bones and causes, as a file holds it and the store will. */
struct FishboneTree
{
    Q_DECLARE_TR_FUNCTIONS(FishboneTree)

public:
    FishboneDiagram diagram;
    QList<FishboneCategory> categories;
    QList<FishboneCause> causes;

    /** The causes on @p category's bone (@p parent 0) or under the cause @p parent. */
    QList<const FishboneCause *> causesOf(EntityId category, EntityId parent) const;
    /** The classic 6M: Methods, Machines, Materials, Measurement, People, Environment. */
    static QStringList sixM();
    /** For AI operations: Data, Model, Infrastructure, Process, People, Monitoring. */
    static QStringList aiOperations();
};

} // namespace Takt
