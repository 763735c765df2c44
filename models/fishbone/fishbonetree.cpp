#include "fishbonetree.h"

namespace Takt {

const FieldTable<FishboneDiagram> &FishboneDiagram::fields()
{
    using F = FishboneDiagram::Field;
    using Table = FieldTable<FishboneDiagram>;
    FieldDef name {int(F::Name), "name", FieldType::Text,
                   QT_TRANSLATE_NOOP("FishboneDiagram", "Name"), "name"};
    name.wanted = true;
    static const Table table(
        "FishboneDiagram",
        {Table::member(name, &FishboneDiagram::name),
         Table::member(FieldDef {int(F::Effect), "effect", FieldType::Text,
                                 QT_TRANSLATE_NOOP("FishboneDiagram", "Effect"), "effect"},
                       &FishboneDiagram::effect)});
    return table;
}

const FieldTable<FishboneCategory> &FishboneCategory::fields()
{
    using Table = FieldTable<FishboneCategory>;
    FieldDef name {int(Field::Name), "name", FieldType::Text,
                   QT_TRANSLATE_NOOP("FishboneCategory", "Category"), "name"};
    name.wanted = true;
    static const Table table("FishboneCategory",
                             {Table::member(FieldDef {int(Field::Diagram), "diagram",
                                                      FieldType::Reference, nullptr, "diagram_id"},
                                            &FishboneCategory::diagram),
                              Table::member(name, &FishboneCategory::name)});
    return table;
}

const FieldTable<FishboneCause> &FishboneCause::fields()
{
    using F = FishboneCause::Field;
    using Table = FieldTable<FishboneCause>;
    FieldDef text {int(F::Text), "text", FieldType::Text,
                   QT_TRANSLATE_NOOP("FishboneCause", "Cause"), "text"};
    text.wanted = true;
    static const Table table(
        "FishboneCause",
        {Table::member(
             FieldDef {int(F::Diagram), "diagram", FieldType::Reference, nullptr, "diagram_id"},
             &FishboneCause::diagram),
         Table::member(
             FieldDef {int(F::Parent), "parent", FieldType::Reference, nullptr, "parent_id"},
             &FishboneCause::parent),
         Table::member(text, &FishboneCause::text),
         Table::member(FieldDef {int(F::Likely), "likely", FieldType::Boolean,
                                 QT_TRANSLATE_NOOP("FishboneCause", "Likely"), "likely"},
                       &FishboneCause::likely)});
    return table;
}

QList<const FishboneCause *> FishboneTree::causesOf(EntityId parent) const
{
    QList<const FishboneCause *> list;
    for (const FishboneCause &c : causes)
        if (c.parent == parent)
            list << &c;
    return list;
}

EntityId FishboneTree::categoryOf(EntityId cause) const
{
    QHash<EntityId, EntityId> parents;
    for (const FishboneCause &c : causes)
        parents.insert(c.id, c.parent);
    // A loop of parents (a damaged file) ends after as many steps as there are causes.
    for (int steps = 0; parents.contains(cause) && steps <= causes.size(); ++steps)
        cause = parents.value(cause);
    for (const FishboneCategory &c : categories)
        if (c.id == cause)
            return cause;
    return 0;
}

QStringList FishboneTree::sixM()
{
    return {tr("Methods"),     tr("Machines"), tr("Materials"),
            tr("Measurement"), tr("People"),   tr("Environment")};
}

QStringList FishboneTree::aiOperations()
{
    return {tr("Data"),    tr("Model"),  tr("Infrastructure"),
            tr("Process"), tr("People"), tr("Monitoring")};
}

} // namespace Takt
