#pragma once

#include "core/entityid.h"
#include "core/fieldtable.h"

#include <QCoreApplication>
#include <QHash>
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
    enum class Field { Diagram, Name };
    EntityId id = 0;
    EntityId diagram = 0;
    QString name;
    static const FieldTable<FishboneCategory> &fields();
};

/** A cause on a bone, or a sub-cause of another cause; the room may mark it likely. */
struct FishboneCause
{
    enum class Field { Diagram, Parent, Text, Likely };
    EntityId id = 0;
    EntityId diagram = 0;
    EntityId parent = 0; // its category (on the bone itself) or the cause it is a cause of
    QString text;
    bool likely = false;
    static const FieldTable<FishboneCause> &fields();
    EntityId siblingKey() const { return parent; }
};

/** A diagram with its bones and causes, as a file holds it and the store will. */
struct FishboneTree
{
    Q_DECLARE_TR_FUNCTIONS(FishboneTree)

public:
    FishboneDiagram diagram;
    QList<FishboneCategory> categories;
    QList<FishboneCause> causes;
    /** The 5 Whys that follow from a cause, by name (not in the file: a link of the document). */
    QHash<EntityId, QString> whys;

    /** The causes on a category's bone, or under a cause: @p parent's, in order. */
    QList<const FishboneCause *> causesOf(EntityId parent) const;
    /** The category a cause sits on, through its parents; 0 when it has none. */
    EntityId categoryOf(EntityId cause) const;
    /** The classic 6M: Methods, Machines, Materials, Measurement, People, Environment. */
    static QStringList sixM();
    /** For AI operations: Data, Model, Infrastructure, Process, People, Monitoring. */
    static QStringList aiOperations();
};

} // namespace Takt
